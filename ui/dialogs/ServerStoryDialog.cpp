#include "dialogs/ServerStoryDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace ct::ui {

QStringList ServerStoryDialog::sslModes() {
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

QString ServerStoryDialog::connectionString(const Fields& fields, bool withPassword) {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(fields.host);
    url.setPort(fields.port);
    url.setUserName(fields.user);
    if (withPassword && !fields.password.isEmpty())
        url.setPassword(fields.password);
    url.setPath(QLatin1Char('/') + fields.database);
    if (!fields.sslMode.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), fields.sslMode);
        url.setQuery(query);
    }
    // libpq percent-decodes every part of a URI: a user or password with '@' or '/' survives.
    return url.toString(QUrl::FullyEncoded);
}

std::optional<ServerStoryDialog::Fields> ServerStoryDialog::parse(const QString& location) {
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return std::nullopt;
    Fields fields;
    if (!url.host().isEmpty())
        fields.host = url.host();
    fields.port = url.port(5432);
    fields.user = url.userName();
    fields.password = url.password();
    fields.database = url.path().mid(1);
    const QUrlQuery query(url);
    fields.sslMode = query.hasQueryItem(QStringLiteral("sslmode"))
                         ? query.queryItemValue(QStringLiteral("sslmode"))
                         : QString();
    return fields;
}

ServerStoryDialog::ServerStoryDialog(QWidget* parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_sslMode(new QComboBox(this)),
      m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("&Remember the password in the keyring"), this)),
      m_problem(new QLabel(this)) {
    setWindowTitle(tr("Open Server Story"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_sslMode->setObjectName(QStringLiteral("sslmode"));
    m_password->setObjectName(QStringLiteral("password"));
    m_port->setRange(1, 65535);
    m_sslMode->addItems(sslModes());
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from the keyring, PGPASSWORD or ~/.pgpass"));
    m_remember->setEnabled(Keyring::available());
    if (!Keyring::available())
        m_remember->setToolTip(tr("This build has no keyring support: the password is asked "
                                  "each time."));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight)"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&TLS (sslmode):"), m_sslMode);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ServerStoryDialog::updateOk);
    setFields(Fields{});
}

void ServerStoryDialog::setFields(const Fields& fields) {
    m_host->setText(fields.host);
    m_port->setValue(fields.port);
    m_database->setText(fields.database);
    m_user->setText(fields.user);
    const int ssl =
        m_sslMode->findText(fields.sslMode.isEmpty() ? QStringLiteral("prefer") : fields.sslMode);
    m_sslMode->setCurrentIndex(ssl < 0 ? m_sslMode->findText(QStringLiteral("prefer")) : ssl);
    m_password->setText(fields.password);
    updateOk();
}

ServerStoryDialog::Fields ServerStoryDialog::fields() const {
    Fields out;
    out.host = m_host->text().trimmed();
    out.port = m_port->value();
    out.database = m_database->text().trimmed();
    out.user = m_user->text().trimmed();
    out.sslMode = m_sslMode->currentText();
    out.password = m_password->text();
    return out;
}

bool ServerStoryDialog::rememberPassword() const {
    return m_remember->isEnabled() && m_remember->isChecked();
}

void ServerStoryDialog::setPurpose(const QString& title, const QString& acceptText) {
    setWindowTitle(title);
    if (auto* buttons = findChild<QDialogButtonBox*>())
        buttons->button(QDialogButtonBox::Open)->setText(acceptText);
}

void ServerStoryDialog::setProblem(const QString& message) {
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ServerStoryDialog::updateOk() {
    auto* buttons = findChild<QDialogButtonBox*>();
    if (buttons)
        buttons->button(QDialogButtonBox::Open)
            ->setEnabled(!m_host->text().trimmed().isEmpty() &&
                         !m_database->text().trimmed().isEmpty());
}

} // namespace ct::ui
