#include "dialogs/ServerStoryDialog.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest/QTest>

using namespace ct;
using namespace ct::ui;

// The fields of File ▸ Open Server Story… make the connection string libpq opens; the one the
// recent list and settings keep has no password.
class TestServerStoryDialog : public QObject {
    Q_OBJECT
  private slots:
    void fieldsMakeAConnectionString_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("sslmode");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("withoutPassword");
        QTest::newRow("plain") << "db.example.org" << 5432 << "crisis"
                               << "ana"
                               << "require"
                               << ""
                               << "postgresql://ana@db.example.org:5432/crisis?sslmode=require"
                               << "postgresql://ana@db.example.org:5432/crisis?sslmode=require";
        QTest::newRow("password kept out of the safe form")
            << "10.0.0.5" << 6543 << "desk"
            << "bea"
            << "verify-full"
            << "s3cret"
            << "postgresql://bea:s3cret@10.0.0.5:6543/desk?sslmode=verify-full"
            << "postgresql://bea@10.0.0.5:6543/desk?sslmode=verify-full";
        QTest::newRow("reserved characters percent-encoded")
            << "localhost" << 5432 << "news room"
            << "a@b"
            << "disable"
            << "p/w:@x"
            << "postgresql://a%40b:p%2Fw:%40x@localhost:5432/news%20room?sslmode=disable"
            << "postgresql://a%40b@localhost:5432/news%20room?sslmode=disable";
    }
    void fieldsMakeAConnectionString() {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, sslmode);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        QFETCH(QString, withoutPassword);
        ServerStoryDialog dialog;
        dialog.findChild<QLineEdit*>(QStringLiteral("host"))->setText(host);
        dialog.findChild<QSpinBox*>(QStringLiteral("port"))->setValue(port);
        dialog.findChild<QLineEdit*>(QStringLiteral("database"))->setText(database);
        dialog.findChild<QLineEdit*>(QStringLiteral("user"))->setText(user);
        auto* ssl = dialog.findChild<QComboBox*>(QStringLiteral("sslmode"));
        ssl->setCurrentIndex(ssl->findText(sslmode));
        dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(password);
        const auto fields = dialog.fields();
        const QString full = ServerStoryDialog::connectionString(fields, true);
        const QString safe = ServerStoryDialog::connectionString(fields, false);
        QCOMPARE(full, expected);
        QCOMPARE(safe, withoutPassword);
        QVERIFY(isServerLocation(full.toStdString()));
        if (!password.isEmpty())
            QVERIFY(!safe.contains(password));
        // Read back (a recent entry): the same fields.
        const auto parsed = ServerStoryDialog::parse(full);
        QVERIFY(parsed);
        QCOMPARE(parsed->host, host);
        QCOMPARE(parsed->port, port);
        QCOMPARE(parsed->database, database);
        QCOMPARE(parsed->user, user);
        QCOMPARE(parsed->sslMode, sslmode);
        QCOMPARE(parsed->password, password);
    }

    void sslModesAreLibpqs() {
        QCOMPARE(
            ServerStoryDialog::sslModes(),
            (QStringList{"disable", "allow", "prefer", "require", "verify-ca", "verify-full"}));
    }

    void filePathsAreNotServerFields_data() {
        QTest::addColumn<QString>("location");
        QTest::newRow("file") << "/home/ana/story.ctl";
        QTest::newRow("keyword string") << "host=db dbname=crisis";
        QTest::newRow("other scheme") << "https://example.org/crisis";
    }
    void filePathsAreNotServerFields() {
        QFETCH(QString, location);
        QVERIFY(!ServerStoryDialog::parse(location));
    }

    void openNeedsHostAndDatabase() {
        ServerStoryDialog dialog;
        dialog.setFields({});
        auto* open = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open);
        QVERIFY(!open->isEnabled()); // no database yet
        dialog.findChild<QLineEdit*>(QStringLiteral("database"))->setText(QStringLiteral("desk"));
        QVERIFY(open->isEnabled());
    }
};

QTEST_MAIN(TestServerStoryDialog)
#include "tst_server_story_dialog.moc"
