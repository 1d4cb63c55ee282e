// Follow-ups dated only by their saying (tests/data/story-follow-ups): "A 15-year-old boy is
// accused of shooting his 9-year-old neighbour …, police said Thursday" tells Monday's shooting,
// not a Thursday one, and joins it; another shooting the police told of that Thursday stays
// apart; charges announced for it join it too. Imported in both orders, on SQLite and on a
// private PostgreSQL server: both engines must tell the same story.
#include "common/StoryImportSteps.h"
#include "common/BothEngines.h"
#include "common/TestPostgres.h"
#include "extract/Gazetteer.h"

#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace ct;

class TestStoryFollowUps : public QObject {
    Q_OBJECT
  public:
    // server: import into a fresh database of it; nullptr: into a SQLite file.
    explicit TestStoryFollowUps(test::TestPostgres* server = nullptr) : m_server(server) {}

  private:
    test::TestPostgres* m_server;
    QTemporaryDir m_dir;
    int m_stores = 0;

  private slots:
    void theSayingsDayReachesBack_data() {
        QTest::addColumn<QStringList>("files"); // in the order imported
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("oneEvent");
        QTest::newRow("a charge told days later joins the shooting")
            << QStringList{"1", "2"} << "A 9-year-old boy was shot"
            << "is accused of shooting his 9-year-old neighbour" << true;
        QTest::newRow("the shooting imported after the charge finds it")
            << QStringList{"2", "1"} << "A 9-year-old boy was shot"
            << "is accused of shooting his 9-year-old neighbour" << true;
        // Charges announced are charges brought, not a plan (the summit announced and the
        // summit held stay apart: tst_story_merge).
        QTest::newRow("charges announced join the shooting they name")
            << QStringList{"1", "4"} << "A 9-year-old boy was shot"
            << "Police announced charges on Thursday" << true;
        QTest::newRow("another shooting told that day stays apart from the first")
            << QStringList{"1", "2", "3"} << "A 9-year-old boy was shot"
            << "A 40-year-old man was shot" << false;
        QTest::newRow("another shooting told that day stays apart from the charge")
            << QStringList{"1", "2", "3"} << "is accused of shooting"
            << "A 40-year-old man was shot" << false;
    }
    void theSayingsDayReachesBack() {
        QFETCH(QStringList, files);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, oneEvent);
        QVERIFY(m_dir.isValid());
        if (m_server && !m_server->isRunning())
            QSKIP(qPrintable(m_server->why()));
        const std::string location = test::storyStoreLocation(
            m_server, m_dir.path(), QString("follow-ups-%1.db").arg(++m_stores));
        QVERIFY2(!location.empty(), m_server ? qPrintable(m_server->why()) : "");
        auto opened = openStore(location);
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
        Store& store = **opened;
        auto gazetteer = Gazetteer::load(CT_SOURCE_DIR "/resources/gazetteer.tsv");
        QVERIFY(gazetteer.ok());
        Importer importer(store, *gazetteer);
        for (const QString& step : files) {
            const std::string error =
                test::importStep(importer, QDir(CT_TEST_DATA_DIR "/story-follow-ups"), step);
            QVERIFY2(error.empty(), error.c_str());
        }
        const std::int64_t a = test::eventWithReport(store, first.toStdString());
        const std::int64_t b = test::eventWithReport(store, second.toStdString());
        QVERIFY(a != 0 && b != 0);
        QCOMPARE(a == b, oneEvent);
        // Joined, the event keeps the day the shooting's own report names.
        if (oneEvent) {
            auto events = store.events({});
            QVERIFY(events.ok());
            for (const Event& e : *events)
                if (e.id == a)
                    QCOMPARE(toIso(e.when.start), std::string("2026-03-09"));
        }
    }
};

int main(int argc, char** argv) {
    return test::runOnBothEngines<TestStoryFollowUps>(argc, argv);
}
#include "tst_story_follow_ups.moc"
