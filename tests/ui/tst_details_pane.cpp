#include "UiTestSupport.h"
#include "document/EventSelection.h"
#include "document/TimelineDocument.h"
#include "panes/DetailsPane.h"

#include <QTemporaryDir>

using namespace ct;
using namespace ct::ui;

// The details pane turns the store's UTF-8 byte offsets into positions in the
// shown text: with Greek, Cyrillic or emoji before the sentence, a byte count
// used as a character count would highlight the wrong words.
class TestDetailsPane : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir m_dir;

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
};

QTEST_MAIN(TestDetailsPane)
#include "tst_details_pane.moc"
