#include "UiTestSupport.h"
#include "document/EventSelection.h"
#include "document/TimelineDocument.h"
#include "panes/DetailsPane.h"
#include "panes/ReportList.h"

#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ct;
using namespace ct::ui;

// The details pane turns the store's UTF-8 byte offsets into positions in the
// shown text: with Greek, Cyrillic or emoji before the sentence, a byte count
// used as a character count would highlight the wrong words.
class TestDetailsPane : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir m_dir;

    // One article in the store with `sentence` in it; the report that tells of it.
    static Report storedReport(TimelineDocument& document, const std::string& outlet,
                               const char* published, const char* day, const std::string& words,
                               const std::string& sentence) {
        Article article;
        article.contentHash = outlet + published;
        article.title = outlet + " on the unrest";
        article.source = outlet;
        article.published = isoDate(published);
        article.text = "Headline\n\n" + sentence + " More follows.\n";
        std::vector<Event> none;
        auto articleId = document.store()->addArticle(article, none);
        Report report;
        report.id = 0; // not stored as a report: choosing its date redates the event
        report.articleId = articleId.ok() ? *articleId : 0;
        report.when = singleDay(isoDate(day));
        report.title = "Forces arrive";
        report.sentence = sentence;
        report.sentenceBegin = std::int64_t(std::string("Headline\n\n").size());
        report.sentenceEnd = report.sentenceBegin + std::int64_t(sentence.size());
        report.dateText = words;
        report.resolution = words + " → " + day;
        report.outlet = outlet;
        report.articleTitle = article.title;
        report.published = article.published;
        return report;
    }

    // The CSTO arrival as three outlets told it, in the store's order (not by publication);
    // Reuters gives another day than the other two.
    static Event threeReports(TimelineDocument& document, qint64 eventId) {
        Event event = test::makeEvent("Forces arrive", "2022-01-06");
        event.id = eventId;
        event.userCreated = false;
        event.reports = {
            storedReport(document, "Reuters", "2022-01-08", "2022-01-05", "on Wednesday",
                         "Troops landed on Wednesday."),
            storedReport(document, "AP", "2022-01-06", "2022-01-06", "on Thursday",
                         "Forces arrived on Thursday."),
            storedReport(document, "TASS", "2022-01-07", "2022-01-06", "yesterday",
                         "The contingent arrived yesterday."),
        };
        event.reportCount = 3;
        event.sourceCount = 3;
        event.firstReported = isoDate("2022-01-06");
        event.dateDisputed = true;
        return event;
    }

  private slots:
    void highlightsTheSourceSentence_data() {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("ascii") << "Kazakhstan unrest.\n\n"
                               << "Forces arrived on Thursday.";
        QTest::newRow("greek meta line") << "6c57 Καζακστάν, ΚΡΕΜΛΙΝΟ, ΠΟΥΤΙΝ, Τοκάγεφ\n\n"
                                         << "Forces arrived on Thursday.";
        QTest::newRow("cyrillic in the sentence") << "Заголовок\n\n"
                                                  << "Токаев спросил ОДКБ on Wednesday.";
        QTest::newRow("emoji (surrogate pairs)") << "🔥🔥 Breaking 🔥\n\n"
                                                 << "Blinken warned on Friday.";
    }
    void highlightsTheSourceSentence() {
        QFETCH(QString, before);
        QFETCH(QString, sentence);
        TimelineDocument document;
        QVERIFY(
            document.open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentDataTag())))
                .ok());

        const std::string head = before.toStdString();
        const std::string body = sentence.toStdString();
        Article article;
        article.contentHash = std::to_string(qHash(before + sentence));
        article.title = "Test article";
        article.published = isoDate("2022-01-08");
        article.text = head + body + " Then more text follows.\n";
        Event event = test::makeEvent("Forces arrive", "2022-01-06");
        event.userCreated = false;
        event.sentence = body;
        event.sentenceBegin = std::int64_t(head.size());
        event.sentenceEnd = std::int64_t(head.size() + body.size());
        event.dateText = "on Thursday";
        event.resolution = "Thursday → 2022-01-06, past tense, article of 2022-01-08";
        std::vector<Event> events{event};
        auto articleId = document.store()->addArticle(article, events);
        QVERIFY2(articleId.ok(), articleId.ok() ? "" : articleId.error().message.c_str());
        QCOMPARE(events.size(), std::size_t(1));

        DetailsPane pane(document);
        document.selection()->set({events.front().id});
        QCOMPARE(pane.shownEventId(), events.front().id);
        QCOMPARE(pane.highlightedText(), sentence);
        QCOMPARE(pane.dateText(), QStringLiteral("2022-01-06"));
    }

    void fuzzyDatesReadAsEstimates() {
        TimelineDocument document;
        QVERIFY(document.open(m_dir.filePath(QStringLiteral("fuzzy.sqlite"))).ok());
        Event event =
            test::makeEvent("Teleconference", "2022-01-09", "2022-01-15", {"CSTO"}, {}, true);
        auto id = document.store()->insertEvent(event);
        QVERIFY(id.ok());
        DetailsPane pane(document);
        document.selection()->set({*id});
        QVERIFY2(pane.dateText().startsWith(QStringLiteral("≈")), qPrintable(pane.dateText()));
        QVERIFY(pane.highlightedText().isEmpty()); // added by hand: no article
        document.selection()->clear();
        QCOMPARE(pane.shownEventId(), 0);
    }

    void listsEveryReportEarliestFirst() {
        TimelineDocument document;
        QVERIFY(document.open(m_dir.filePath(QStringLiteral("reports.sqlite"))).ok());
        DetailsPane pane(document);
        pane.showEvent(threeReports(document, 7));
        const ReportList& list = *pane.reports();
        QCOMPARE(list.count(), 3);
        QCOMPARE(list.rowText(0), (QStringList{"2022-01-06", "AP", "“on Thursday”", "2022-01-06"}));
        QCOMPARE(list.rowText(1), (QStringList{"2022-01-07", "TASS", "“yesterday”", "2022-01-06"}));
        QCOMPARE(list.rowText(2),
                 (QStringList{"2022-01-08", "Reuters", "“on Wednesday”", "2022-01-05"}));
        // The first report's sentence is highlighted in its own article.
        QCOMPARE(pane.highlightedText(), QStringLiteral("Forces arrived on Thursday."));
    }

    // A report without an outlet shows its article's title, which can be long: the list must
    // not grow a horizontal scroll bar over its rows (it is exactly as tall as they are).
    void everyRowStaysInViewWithALongOutlet() {
        TimelineDocument document;
        QVERIFY(document.open(m_dir.filePath(QStringLiteral("long.sqlite"))).ok());
        DetailsPane pane(document);
        pane.resize(420, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        Event event = threeReports(document, 9);
        event.reports.resize(2);
        // Reuters' report, published last: the second row.
        event.reports[0].outlet.clear();
        event.reports[0].articleTitle = std::string(
            "Live updates: what we know about the unrest in Almaty, the state of emergency "
            "and the foreign troops, hour by hour");
        pane.showEvent(event);
        QCoreApplication::processEvents();
        auto* tree = pane.reports()->findChild<QTreeWidget*>();
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 2);
        QVERIFY(!tree->horizontalScrollBar()->isVisible());
        const QRect viewport = tree->viewport()->rect();
        for (int row = 0; row < tree->topLevelItemCount(); ++row) {
            const QRect shown = tree->visualItemRect(tree->topLevelItem(row));
            QVERIFY2(viewport.contains(shown.bottomLeft()),
                     qPrintable(QStringLiteral("row %1 is cut off").arg(row)));
        }
        // The elided outlet says itself in full on hover.
        QCOMPARE(tree->topLevelItem(1)->toolTip(1), QString::fromStdString(event.reports[0].articleTitle));
    }

    void choosingAReportShowsItsSentence() {
        TimelineDocument document;
        QVERIFY(document.open(m_dir.filePath(QStringLiteral("choose.sqlite"))).ok());
        DetailsPane pane(document);
        pane.showEvent(threeReports(document, 7));
        pane.reports()->setCurrentRow(2);
        QCOMPARE(pane.highlightedText(), QStringLiteral("Troops landed on Wednesday."));
    }

    void showsTheDisagreement_data() {
        QTest::addColumn<bool>("disputed");
        QTest::addColumn<bool>("sameDates");
        QTest::addColumn<bool>("shown");
        QTest::newRow("the store's flag") << true << true << true;
        QTest::newRow("reports giving other days") << false << false << true;
        QTest::newRow("all agree") << false << true << false;
    }
    void showsTheDisagreement() {
        QFETCH(bool, disputed);
        QFETCH(bool, sameDates);
        QFETCH(bool, shown);
        TimelineDocument document;
        QVERIFY(
            document.open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentDataTag())))
                .ok());
        Event event = threeReports(document, 7);
        event.dateDisputed = disputed;
        if (sameDates)
            for (Report& report : event.reports)
                report.when = event.when;
        DetailsPane pane(document);
        pane.showEvent(event);
        QCOMPARE(pane.reports()->isDisagreementShown(), shown);
        if (shown) {
            const QString note = pane.reports()->disagreementText();
            QVERIFY2(note.contains(QStringLiteral("AP says 2022-01-06")), qPrintable(note));
            QVERIFY2(note.contains(QStringLiteral("Reuters says")), qPrintable(note));
        }
        QCOMPARE(pane.dateText().contains(QStringLiteral("disagree")), disputed);
    }

    void choosesAReportsDateUndoably() {
        TimelineDocument document;
        QVERIFY(document.open(m_dir.filePath(QStringLiteral("date.sqlite"))).ok());
        Event stored = test::makeEvent("Forces arrive", "2022-01-06");
        auto id = document.store()->insertEvent(stored);
        QVERIFY(id.ok());
        DetailsPane pane(document);
        pane.showEvent(threeReports(document, *id));
        QSignalSpy spy(pane.reports(), &ReportList::useDateRequested);
        pane.reports()->setCurrentRow(2); // Reuters: 5 January
        auto* use = pane.reports()->findChild<QPushButton*>(QStringLiteral("useDate"));
        QVERIFY(use);
        QVERIFY(use->isEnabled());
        use->click();
        QCOMPARE(spy.size(), 1);
        const qint64 now = document.currentId(*id);
        QCOMPARE(document.event(now)->when.start, isoDate("2022-01-05"));
        QVERIFY(document.event(now)->userEdited);
        document.undoStack()->undo();
        QCOMPARE(document.event(document.currentId(*id))->when.start, isoDate("2022-01-06"));
    }

    void anEventWithoutReportsIsItsOwnReport() {
        TimelineDocument document;
        QVERIFY(document.open(m_dir.filePath(QStringLiteral("single.sqlite"))).ok());
        Report report = storedReport(document, "Kazinform", "2022-01-08", "2022-01-06",
                                     "on Thursday", "Forces arrived on Thursday.");
        Event event = test::makeEvent("Forces arrive", "2022-01-06");
        event.userCreated = false;
        event.articleId = report.articleId;
        event.sentenceBegin = report.sentenceBegin;
        event.sentenceEnd = report.sentenceEnd;
        event.dateText = "on Thursday";
        const auto article = document.article(report.articleId);
        QVERIFY(article);
        const auto reports = ReportList::reportsOf(event, &*article);
        QCOMPARE(reports.size(), std::size_t(1));
        QCOMPARE(reports.front().outlet, std::string("Kazinform"));
        QCOMPARE(reports.front().published, isoDate("2022-01-08"));
        QVERIFY(!ReportList::disagree(event, reports));
    }
};

QTEST_MAIN(TestDetailsPane)
#include "tst_details_pane.moc"
