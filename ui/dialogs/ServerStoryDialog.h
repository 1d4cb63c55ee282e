#pragma once

#include "net/Keyring.h"

#include <QDialog>
#include <QString>
#include <QStringList>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ct::ui {

// File ▸ Open Server Story…: where a team's story lives on a PostgreSQL server. The fields make
// a postgresql:// URI; the password goes into the URI that opens the store, and into the
// keyring when the analyst asks — never into the one the recent list and settings keep.
class ServerStoryDialog : public QDialog {
    Q_OBJECT
  public:
    struct Fields {
        QString host = QStringLiteral("localhost");
        int port = 5432;
        QString database;
        QString user;
        QString sslMode = QStringLiteral("prefer");
        QString password; // empty: libpq's own sources (PGPASSWORD, ~/.pgpass) or none
        Keyring::Account account() const { return {host, port, database, user}; }
    };

    // libpq's sslmode values, weakest first.
    static QStringList sslModes();
    // A postgresql:// URI with every part percent-encoded; the password only when asked for.
    static QString connectionString(const Fields& fields, bool withPassword);
    // The fields of a postgresql:// URI (a recent entry, --db); nullopt for anything else.
    static std::optional<Fields> parse(const QString& location);

    explicit ServerStoryDialog(QWidget* parent = nullptr);

    void setFields(const Fields& fields);
    Fields fields() const;
    bool rememberPassword() const;
    // The same fields for another purpose (File ▸ Publish to Server…): title and the text of
    // the button that accepts.
    void setPurpose(const QString& title, const QString& acceptText);
    // Why the last attempt failed (shown above the fields).
    void setProblem(const QString& message);

  private:
    void updateOk();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_sslMode;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_problem;
};

} // namespace ct::ui
