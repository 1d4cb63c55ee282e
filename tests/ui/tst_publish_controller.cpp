#include "UiTestSupport.h"
#include "common/TestPostgres.h"
#include "document/TimelineDocument.h"
#include "settings/Settings.h"
#include "store/Store.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"
#include "window/PublishController.h"

#include <QAction>
#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>

using namespace ct;
using namespace ct::ui;

// File ▸ Publish to Server… in the real window, offscreen, against a private PostgreSQL server:
// the SQLite story goes up whole, the window then shows the server story; a server that holds
// a story is replaced only when the analyst says so; a bad server leaves everything as it was.
class TestPublishController : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestPostgres> m_server;
    QString m_storyPath;
    QStringList m_questions; // what the controller asked, in order
    bool m_answer = true;

    // "host=… port=… user=… dbname=…" as a postgresql:// URI with a password: the trusting test
    // server never asks for it, but the window must never keep it.
    QString withPassword(const std::string& conninfo) {
        const QString text = QString::fromStdString(conninfo);
        const auto value = [&](const char* key) {
            return QRegularExpression(QStringLiteral("%1=(\\S+)").arg(QLatin1String(key)))
                .match(text)
                .captured(1);
        };
        return QStringLiteral("postgresql://%1:s3cret@%2:%3/%4?sslmode=disable")
            .arg(value("user"), value("host"), value("port"), value("dbname"));
    }

    void openStory(MainWindow& window) {
        QVERIFY(window.openDatabase(m_storyPath));
        window.publisher()->setConfirm([this](const QString&, const QString& question) {
            m_questions << question;
            return m_answer;
        });
    }

    static StoryDump dumpOf(const std::string& location) {
        auto store = openStore(location, Store::Mode::ReadOnly);
        if (!store)
            return {};
        auto dump = dumpStory(**store);
        return dump ? std::move(*dump) : StoryDump{};
    }

  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CrisisTimelineTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_publish_controller"));
        QSettings().clear();
        m_server = std::make_unique<test::TestPostgres>();
        if (!m_server->isRunning())
            QSKIP(qPrintable(m_server->why()));
        // A story with an article whose two reports of one happening make one event.
        m_storyPath = m_dir.filePath(QStringLiteral("story.ctl"));
        auto store = openStore(m_storyPath.toStdString());
        QVERIFY(store.ok());
        Article wire;
        wire.contentHash = "wire";
        wire.title = "Curfew in Koldan";
        wire.source = "Wire";
        wire.published = isoDate("2026-03-04");
        wire.text = "President Ilian Varro ordered a night curfew in Koldan on Wednesday.";
        std::vector<Event> events{test::makeEvent("Night curfew in Koldan", "2026-03-04")};
        events[0].userCreated = false;
        QVERIFY((*store)->addArticle(wire, events).ok());
        Event added = test::makeEvent("Bridge closed", "2026-03-06");
        QVERIFY((*store)->insertEvent(added).ok());
    }
    void init() {
        m_questions.clear();
        m_answer = true;
    }
    void cleanupTestCase() { QSettings().clear(); }

    void publishesAndOpensTheServerStory() {
        const std::string target = m_server->freshDatabase();
        QVERIFY(!target.empty());
        MainWindow window;
        openStory(window);
        QVERIFY(window.actions()->publishToServer->isEnabled());
        QSignalSpy published(window.publisher(), &PublishController::published);
        QSignalSpy errors(window.publisher(), &PublishController::errorOccurred);
        window.publisher()->publishTo(withPassword(target));
        QVERIFY(window.publisher()->isPublishing());
        QVERIFY(!window.actions()->publishToServer->isEnabled()); // one copy at a time
        QVERIFY2(published.wait(60000), qPrintable(errors.value(0).value(0).toString()));
        QVERIFY(!published.at(0).at(0).toString().contains(QLatin1String("s3cret")));

        // The server holds the same story, ids and all.
        const StoryDump here = dumpOf(m_storyPath.toStdString());
        const StoryDump there = dumpOf(target);
        QCOMPARE(here.articles.size(), std::size_t(1));
        QCOMPARE(there.articles.size(), here.articles.size());
        QCOMPARE(there.events.size(), std::size_t(2));
        QCOMPARE(there.reports.size(), here.reports.size());
        for (std::size_t i = 0; i < here.events.size(); ++i) {
            QCOMPARE(there.events[i].id, here.events[i].id);
            QCOMPARE(there.events[i].title, here.events[i].title);
        }
        // Asked to open it (yes): the window shows the server story now.
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(window.document().isServerStory());
        QTRY_COMPARE(window.document().timeline().index->size(), std::size_t(2));
        QVERIFY(!window.actions()->publishToServer->isEnabled()); // it is on a server already
        QVERIFY(!Settings::recentDatabases().isEmpty());
        QVERIFY(
            Settings::recentDatabases().constFirst().startsWith(QLatin1String("postgresql://")));
        for (const QString& recent : Settings::recentDatabases())
            QVERIFY2(!recent.contains(QLatin1String("s3cret")), qPrintable(recent));
        QVERIFY(!Settings::currentDatabase().contains(QLatin1String("s3cret")));
    }

    void aServerStoryIsReplacedOnlyWhenTheAnalystSaysSo() {
        const std::string target = m_server->freshDatabase();
        QVERIFY(!target.empty());
        {
            auto theirs = openStore(target);
            QVERIFY(theirs.ok());
            Event e = test::makeEvent("A colleague's event", "2025-01-01");
            QVERIFY((*theirs)->insertEvent(e).ok());
        }
        MainWindow window;
        openStory(window);
        QSignalSpy published(window.publisher(), &PublishController::published);
        m_answer = false; // "Replace the server story?" — no
        window.publisher()->publishTo(withPassword(target));
        QTRY_COMPARE_WITH_TIMEOUT(m_questions.size(), 1, 60000);
        QVERIFY2(m_questions.at(0).contains(QLatin1String("already holds")),
                 qPrintable(m_questions.at(0)));
        QTRY_VERIFY(!window.publisher()->isPublishing());
        QCOMPARE(published.size(), 0);
        QCOMPARE(dumpOf(target).events.size(), std::size_t(1)); // theirs, untouched
        QCOMPARE(window.document().path(), m_storyPath);

        m_questions.clear();
        m_answer = true; // replace, then open
        window.publisher()->publishTo(withPassword(target));
        QVERIFY(published.wait(60000));
        QCOMPARE(m_questions.size(), 2);
        const StoryDump there = dumpOf(target);
        QCOMPARE(there.events.size(), std::size_t(2));
        QVERIFY(std::none_of(there.events.begin(), there.events.end(),
                             [](const Event& e) { return e.title == "A colleague's event"; }));
    }

    void aBadServerIsAnErrorAndTheWindowStaysOnTheFile() {
        MainWindow window;
        openStory(window);
        const StoryDump before = dumpOf(m_storyPath.toStdString());
        QSignalSpy errors(window.publisher(), &PublishController::errorOccurred);
        QSignalSpy published(window.publisher(), &PublishController::published);
        // Port 1 on the loopback: nothing listens, the connection is refused at once.
        window.publisher()->publishTo(
            QStringLiteral("postgresql://ana:s3cret@127.0.0.1:1/crisis?sslmode=disable"));
        QVERIFY(errors.wait(60000));
        const QString message = errors.at(0).at(0).toString();
        QVERIFY2(message.contains(QLatin1String("127.0.0.1")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("s3cret")), qPrintable(message));
        QCOMPARE(published.size(), 0);
        QVERIFY(m_questions.isEmpty());
        QVERIFY(!window.document().isServerStory());
        QCOMPARE(window.document().path(), m_storyPath);
        QVERIFY(window.actions()->publishToServer->isEnabled()); // can try again
        const StoryDump after = dumpOf(m_storyPath.toStdString());
        QCOMPARE(after.events.size(), before.events.size());
        QCOMPARE(after.articles.size(), before.articles.size());
    }
};

QTEST_MAIN(TestPublishController)
#include "tst_publish_controller.moc"
