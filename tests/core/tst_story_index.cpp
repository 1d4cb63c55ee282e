// The store's in-memory merge index (core/store/StoryIndex): its window lookup, and that
// imports merging through it end exactly as imports that read every candidate from the tables
// (CT_STORY_INDEX=0), also across batches, rolled-back files and edits in between.
#include "TestPrinters.h"
#include "extract/Gazetteer.h"
#include "import/ImportBatch.h"
#include "import/Importer.h"
#include "store/EventStore.h"
#include "store/StoryIndex.h"
#include "synth/ArticleGenerator.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <cctype>
#include <optional>
#include <set>

using namespace ct;

namespace {

store::StoryIndex::Event eventOn(std::int64_t id, DayNumber start, DayNumber end) {
    store::StoryIndex::Event e;
    e.id = id;
    e.start = start;
    e.end = end;
    return e;
}

std::set<std::int64_t> idsOf(const std::vector<const store::StoryIndex::Event*>& events) {
    std::set<std::int64_t> out;
    for (const auto* e : events)
        out.insert(e->id);
    return out;
}

// What merging decided, as text: every report's key and event, every event's days and counts.
std::string storyOf(EventStore& store) {
    std::string out;
    auto events = store.events({});
    if (!events)
        return "error: " + events.error().message;
    for (const Event& e : *events) {
        out += std::to_string(e.id) + " " + toText(e.when) + " r" + std::to_string(e.reportCount) +
               " s" + std::to_string(e.sourceCount) + (e.dateDisputed ? " disputed " : " ") +
               e.title + " |";
        for (const std::string& a : e.actors)
            out += " @" + a;
        for (const std::string& p : e.places)
            out += " #" + p;
        auto reports = store.reports(e.id);
        if (!reports)
            return "error: " + reports.error().message;
        for (const Report& r : *reports)
            out += "\n    " + toText(r.when) + " " + r.sentence.substr(0, 60);
        out += "\n";
    }
    return out;
}

enum class Step { Import, FailingFile, Split, CommitBatch };

} // namespace

class TestStoryIndex : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir m_dir;
    std::optional<Gazetteer> m_gazetteer;
    int m_stores = 0;
    int m_broken = 0;

    // Runs the steps on a fresh store, with or without the index; returns the story.
    std::string run(const std::vector<std::pair<Step, std::string>>& steps, bool withIndex) {
        qputenv("CT_STORY_INDEX", withIndex ? "1" : "0");
        auto opened =
            EventStore::open(m_dir.filePath(QString("s%1.db").arg(++m_stores)).toStdString());
        qunsetenv("CT_STORY_INDEX");
        if (!opened)
            return "error: " + opened.error().message;
        EventStore store = std::move(*opened);
        Importer importer(store, *m_gazetteer);
        ImportBatch batch(store, 16);
        for (const auto& [step, text] : steps) {
            switch (step) {
            case Step::Import: {
                if (!batch.beforeFile())
                    return "error: batch";
                auto imported = importer.importText(text, "article.txt");
                if (!imported)
                    return "error: " + imported.error().message;
                if (!batch.afterFile())
                    return "error: batch";
                break;
            }
            case Step::FailingFile: {
                // Its first event merges or founds one, its second has no date: the store
                // refuses the article and rolls its savepoint back.
                if (!batch.beforeFile())
                    return "error: batch";
                Article article;
                article.contentHash = "broken-" + std::to_string(++m_broken);
                article.title = "Broken";
                article.published = Date(2022, 1, 12);
                std::vector<Event> events(2);
                events[0].when = singleDay(Date(2022, 1, 12));
                events[0].title = events[0].sentence = text;
                events[0].actors = {"Joe Biden"};
                events[0].places = {"Almaty"};
                events[1] = events[0];
                events[1].when = DateSpan();
                if (store.addArticle(article, events))
                    return "error: a broken article was stored";
                if (!batch.afterFile())
                    return "error: batch";
                break;
            }
            case Step::Split: {
                if (!batch.finish())
                    return "error: batch";
                // The first event with two reports loses its second one.
                auto events = store.events({});
                if (!events)
                    return "error: events";
                for (const Event& e : *events)
                    if (e.reportCount >= 2) {
                        auto reports = store.reports(e.id);
                        if (!reports || !store.splitReport(reports->back().id))
                            return "error: split";
                        break;
                    }
                break;
            }
            case Step::CommitBatch:
                if (!batch.finish())
                    return "error: batch";
                break;
            }
        }
        if (!batch.finish())
            return "error: batch";
        return storyOf(store);
    }

  private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto gazetteer = Gazetteer::load(CT_SOURCE_DIR "/resources/gazetteer.tsv");
        QVERIFY(gazetteer.ok());
        m_gazetteer.emplace(std::move(*gazetteer));
    }

    void overlappingFindsEverySpan_data() {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<QList<qint64>>("expected");
        // 1: day 100; 2: days 98–101; 3: a year from day 0; 4: day 103; 5: days 90–99
        QTest::newRow("one day") << 100 << 100 << QList<qint64>{1, 2, 3};
        QTest::newRow("window touching the ends of spans") << 99 << 99 << QList<qint64>{2, 3, 5};
        QTest::newRow("after every short span") << 102 << 102 << QList<qint64>{3};
        QTest::newRow("a wide window") << 95 << 110 << QList<qint64>{1, 2, 3, 4, 5};
        QTest::newRow("before everything") << -20 << -1 << QList<qint64>{};
        QTest::newRow("only the year-long span") << 300 << 310 << QList<qint64>{3};
    }
    void overlappingFindsEverySpan() {
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(QList<qint64>, expected);
        store::StoryIndex index;
        QVERIFY(index.add(eventOn(1, 100, 100)));
        QVERIFY(index.add(eventOn(2, 98, 101)));
        QVERIFY(index.add(eventOn(3, 0, 364)));
        QVERIFY(index.add(eventOn(4, 103, 103)));
        QVERIFY(index.add(eventOn(5, 90, 99)));
        QVERIFY(!index.add(eventOn(5, 1, 1))); // held already
        const auto found = index.overlapping(first, last);
        QCOMPARE(idsOf(found), std::set<std::int64_t>(expected.begin(), expected.end()));
        QVERIFY(std::is_sorted(found.begin(), found.end(),
                               [](const auto* a, const auto* b) { return a->id < b->id; }));
    }

    void movedEventsAreFoundWhereTheyAre() {
        store::StoryIndex index;
        auto* e = index.add(eventOn(7, 10, 10));
        QVERIFY(e);
        index.moveDays(*e, 200, 260); // into another tier
        QVERIFY(index.overlapping(10, 10).empty());
        QCOMPARE(idsOf(index.overlapping(250, 250)), std::set<std::int64_t>{7});
        index.clear();
        QVERIFY(index.overlapping(250, 250).empty());
        QVERIFY(!index.holds(7));
    }

    // A republished copy is found through its fingerprint's list of events (the index no
    // longer searches every pool event's hashes), also after the event holding it was absorbed
    // into another, and after it was removed and added under a new id (a server story's cache
    // renames an event once written).
    void copiesFoundAfterAbsorbAndRename() {
        store::StoryIndex index;
        const Date day(2022, 1, 6);
        const DayNumber d = toDayNumber(day);
        // The copy is told by its fingerprint alone: its words share nothing with the stored
        // report's, and their kinds (an arrival, a call) contradict, so only a copy joins.
        const std::string print = "f:the same telling";
        const std::string stored = "Troops arrived at the airport in the evening.";
        const std::string copy = "Tokayev spoke by phone with Putin.";
        const auto reportOf = [&](const std::string& sentence, const std::string& fingerprint,
                                  std::int64_t id) {
            auto r = index.reportOf(story::featuresOf(sentence, {}, {}), singleDay(day),
                                    fingerprint, "k" + std::to_string(id));
            r.id = id;
            return r;
        };
        auto* one = index.add(eventOn(1, d, d));
        QVERIFY(one);
        index.addReport(*one, reportOf("Protesters stormed the mayor's office in Almaty.",
                                       "f:another", 10));
        auto* two = index.add(eventOn(2, d, d));
        QVERIFY(two);
        index.addReport(*two, reportOf(stored, print, 20));
        const auto decide = [&](const std::string& fingerprint) {
            const auto never = [](const store::StoryIndex::Report&) { return false; };
            return index.decide(singleDay(day), story::featuresOf(copy, {}, {}), fingerprint,
                                never, never, false);
        };
        QCOMPARE(decide("f:no copy").eventId, std::int64_t(0));
        QCOMPARE(decide(print).eventId, std::int64_t(2));
        QCOMPARE(decide(print).score, 1.0);
        index.absorb(*one, 2);
        QCOMPARE(decide(print).eventId, std::int64_t(1));
        QCOMPARE(decide(print).score, 1.0);
        auto removed = index.remove(1);
        QVERIFY(removed);
        QCOMPARE(decide(print).eventId, std::int64_t(0)); // nothing held on that day
        removed->id = 5;
        QVERIFY(index.add(std::move(*removed)));
        QCOMPARE(decide(print).eventId, std::int64_t(5));
        QCOMPARE(decide(print).score, 1.0);
    }

    void coveredRangesJoin() {
        store::StoryIndex index;
        QVERIFY(!index.covers(0, 0));
        index.markCovered(0, 15);
        index.markCovered(32, 47);
        QVERIFY(index.covers(3, 12));
        QVERIFY(!index.covers(10, 20)); // the gap
        index.markCovered(16, 31);      // fills it: one range now
        QVERIFY(index.covers(0, 47));
        QVERIFY(!index.covers(-1, 5));
        QVERIFY(!index.covers(40, 48));
        index.clear();
        QVERIFY(!index.covers(3, 12));
    }

    void mergesAsReadingTheTables_data() {
        QTest::addColumn<int>("articles");
        QTest::addColumn<int>("spanDays");
        QTest::addColumn<bool>("withStory");
        QTest::addColumn<bool>("withFailures");
        QTest::addColumn<bool>("withSplit");
        QTest::addColumn<bool>("withBridges"); // tests/data/story-bridge: reports merge events
        // Each generated article again with a line added: every sentence a republished copy
        // (the index looks for copies by fingerprint hash, per event and group).
        QTest::addColumn<bool>("withCopies");
        QTest::newRow("the test story") << 0 << 1 << true << false << false << false << false;
        QTest::newRow("generated, few days: large pools")
            << 60 << 4 << false << false << false << false << false;
        QTest::newRow("generated over a year: sparse pools")
            << 80 << 365 << false << false << false << false << false;
        QTest::newRow("story and generated, failing files rolled back")
            << 40 << 6 << true << true << false << false << false;
        QTest::newRow("an edit between imports")
            << 40 << 5 << true << false << true << false << false;
        QTest::newRow("reports bridging events, then more")
            << 20 << 8 << true << false << false << true << false;
        QTest::newRow("generated articles republished, few days")
            << 30 << 3 << false << false << false << false << true;
    }
    void mergesAsReadingTheTables() {
        QFETCH(int, articles);
        QFETCH(int, spanDays);
        QFETCH(bool, withStory);
        QFETCH(bool, withFailures);
        QFETCH(bool, withSplit);
        QFETCH(bool, withBridges);
        QFETCH(bool, withCopies);
        std::vector<std::pair<Step, std::string>> steps;
        for (const char* dir : {"/story", "/story-bridge"}) {
            if (!(std::string_view(dir) == "/story" ? withStory : withBridges))
                continue;
            const QDir data(CT_TEST_DATA_DIR + QString(dir));
            for (const QString& f : data.entryList({"*.txt"}, QDir::Files, QDir::Name)) {
                QFile file(data.filePath(f));
                QVERIFY(file.open(QIODevice::ReadOnly));
                steps.emplace_back(Step::Import, file.readAll().toStdString());
            }
            QVERIFY(steps.size() >= 6);
        }
        ArticleGenerator generator(3, Date(2022, 1, 10), spanDays);
        for (int i = 0; i < articles; ++i) {
            const std::string text = generator.next().text;
            steps.emplace_back(Step::Import, text);
            if (withCopies)
                steps.emplace_back(Step::Import, text + "\n\nThis article was republished.\n");
            if (withFailures && i % 7 == 3)
                steps.emplace_back(
                    Step::FailingFile,
                    "Joe Biden met officials in Almaty on Wednesday, officials said.");
            if (withSplit && i == articles / 2)
                steps.emplace_back(Step::Split, "");
            if (i % 25 == 24)
                steps.emplace_back(Step::CommitBatch, "");
        }
        const std::string tables = run(steps, false);
        const std::string indexed = run(steps, true);
        QVERIFY2(!tables.starts_with("error"), tables.c_str());
        QVERIFY(tables.find("\n    ") != std::string::npos); // reports were stored
        QCOMPARE(indexed, tables);
        if (withCopies) {
            // Every copy joined its original's event: each event holds pairs of reports.
            for (std::size_t at = tables.find(" r"); at != std::string::npos;
                 at = tables.find(" r", at + 2))
                if (std::isdigit(static_cast<unsigned char>(tables[at + 2])))
                    QVERIFY2(std::stoi(tables.substr(at + 2)) % 2 == 0, tables.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestStoryIndex)
#include "tst_story_index.moc"
