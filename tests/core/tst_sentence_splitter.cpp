#include "text/SentenceSplitter.h"

#include <QtCore/QFile>
#include <QtCore/QStringList>
#include <QtTest/QTest>
#include <string>

using namespace ct;

namespace {

QStringList texts(const std::vector<Sentence>& sentences) {
    QStringList out;
    for (const auto& s : sentences)
        out << QString::fromUtf8(s.text.data(), qsizetype(s.text.size()));
    return out;
}

std::string readSeed() {
    QFile file(CT_TEST_DATA_DIR "/kazakhstan-putin-tokayev-call.txt");
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the seed article");
    return file.readAll().toStdString();
}

} // namespace

class TestSentenceSplitter : public QObject {
    Q_OBJECT
private slots:
    void split_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sentences");
        auto row = [](const char* name, const char* text, QStringList expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << expected;
        };
        row("two plain sentences", "It rained. Then it stopped.",
            {"It rained.", "Then it stopped."});
        row("question and exclamation", "Who knew? Nobody! Fine.",
            {"Who knew?", "Nobody!", "Fine."});
        row("U.S. before a name", "The U.S. Secretary of State spoke. He left.",
            {"The U.S. Secretary of State spoke.", "He left."});
        row("U.N. at the end of a sentence", "They appealed to the U.N. The council met.",
            {"They appealed to the U.N.", "The council met."});
        row("month abbreviation before a day", "Troops left on Jan. 6, 2022. They returned.",
            {"Troops left on Jan. 6, 2022.", "They returned."});
        row("Sept. abbreviation", "It began in Sept. 2021 and ended.",
            {"It began in Sept. 2021 and ended."});
        row("titles Mr. and Dr.", "Mr. Smith met Dr. Jones. They talked.",
            {"Mr. Smith met Dr. Jones.", "They talked."});
        row("military rank Gen.", "Gen. Milley arrived. He spoke.",
            {"Gen. Milley arrived.", "He spoke."});
        row("St. in a place name", "They prayed at St. Sophia. Then left.",
            {"They prayed at St. Sophia.", "Then left."});
        row("No. before a number", "Resolution No. 5 passed. It was binding.",
            {"Resolution No. 5 passed.", "It was binding."});
        row("initials", "J. R. R. Tolkien wrote it. Fans agree.",
            {"J. R. R. Tolkien wrote it.", "Fans agree."});
        row("decimal number", "Growth was 3.5 percent. Prices rose.",
            {"Growth was 3.5 percent.", "Prices rose."});
        row("ellipsis then capital", "He hesitated... Then he spoke.",
            {"He hesitated...", "Then he spoke."});
        row("ellipsis then lowercase", "He said wait... and left.", {"He said wait... and left."});
        row("unicode ellipsis", "It was over\xE2\x80\xA6 The end.",
            {"It was over\xE2\x80\xA6", "The end."});
        row("quote after full stop", "He said, \"It is over.\" Then he left.",
            {"He said, \"It is over.\"", "Then he left."});
        row("curly quote after full stop", "He said \xE2\x80\x9CGo.\xE2\x80\x9D She went.",
            {"He said \xE2\x80\x9CGo.\xE2\x80\x9D", "She went."});
        row("bracket after full stop", "The vote passed (narrowly.) Protests followed.",
            {"The vote passed (narrowly.)", "Protests followed."});
        row("question in quotes then lowercase", "\"Why?\" he asked. Nobody knew.",
            {"\"Why?\" he asked.", "Nobody knew."});
        row("stray full stop after a sentence", "Restore order. . Next one.",
            {"Restore order.", "Next one."});
        row("punctuation-only sentence dropped", "Done.\n\n. . !\n\nNext.", {"Done.", "Next."});
        row("stray stop before lowercase word",
            "They received the green light. for intervention in its territory.",
            {"They received the green light. for intervention in its territory."});
        row("paragraph break ends a title", "A title without a stop\n\nBody text here.",
            {"A title without a stop", "Body text here."});
        row("single line break inside a paragraph", "A wrapped\nsentence. Another\none.",
            {"A wrapped\nsentence.", "Another\none."});
        row("blank line with spaces", "First\n  \t\nSecond", {"First", "Second"});
        row("CRLF paragraph break", "First\r\n\r\nSecond", {"First", "Second"});
        row("Greek text",
            "\xCE\x9A\xCE\xB1\xCE\xB6\xCE\xB1\xCE\xBA\xCF\x83\xCF\x84\xCE\xAC\xCE\xBD. Tokayev "
            "spoke.",
            {"\xCE\x9A\xCE\xB1\xCE\xB6\xCE\xB1\xCE\xBA\xCF\x83\xCF\x84\xCE\xAC\xCE\xBD.",
             "Tokayev spoke."});
        row("domain name and acronym with hyphen", "See example.com for the U.S.-led plan. Yes.",
            {"See example.com for the U.S.-led plan.", "Yes."});
        row("numbered list item", "1. Troops arrived. 2. They left.",
            {"1. Troops arrived.", "2. They left."});
        row("year at the end of a sentence", "It happened in 2022. Then it ended.",
            {"It happened in 2022.", "Then it ended."});
        row("a.m. before a name", "It began at 10 a.m. Moscow time. Then it ended.",
            {"It began at 10 a.m. Moscow time.", "Then it ended."});
        row("empty text", "", {});
        row("only punctuation", "... !!! ?", {});
    }
    void split() {
        QFETCH(QString, text);
        QFETCH(QStringList, sentences);
        const std::string utf8 = text.toStdString();
        const auto result = SentenceSplitter::split(utf8);
        QCOMPARE(texts(result), sentences);
        for (const auto& s : result) {
            QVERIFY(s.begin < s.end && s.end <= utf8.size());
            QCOMPARE(std::string_view(utf8).substr(s.begin, s.end - s.begin), s.text);
        }
    }

    void splitsTheSeedBody() {
        const std::string seed = readSeed();
        const auto sentences = SentenceSplitter::split(seed);
        const QStringList all = texts(sentences);
        // Title, lede, meta line, 10 body sentences over 9 paragraphs, source line.
        QCOMPARE(sentences.size(), std::size_t(14));
        QCOMPARE(
            all.first(),
            QStringLiteral("Kazakhstan: Presidents Putin and Tokayev had a long conversation"));
        QCOMPARE(all.last(), QStringLiteral("Source: RES-EAP"));
        QVERIFY(
            all.contains("The Kremlin added that Putin had backed Tokayev's idea of holding a "
                         "teleconference in the coming days with allies of the Collective "
                         "Security Treaty Organization (CSTO), which brings together six former "
                         "Soviet republics, to discuss measures to restore order."));
        QVERIFY(
            all.contains("Moscow also condemned \"rude\" remarks by US Secretary of State "
                         "Anthony Blinken, who warned on Friday that it would be \"very "
                         "difficult\" for Kazakhstan to secure the withdrawal of Russian forces "
                         "once they received the green light. for intervention in its territory."));
        QVERIFY(all.contains(
            "\"It was a rude attempt and it is not the first,\" the ministry added in a post."));
        QVERIFY(
            all.contains("According to her, Blinken \"mocked a perfectly legitimate reaction\" in "
                         "the context of security agreements between Kazakhstan and Russia."));
        for (const QString& s : all)
            QVERIFY2(s != ".", "a punctuation-only sentence survived");
    }

    // Hostile input must stay linear: these would take minutes if a scan restarted
    // per character (the ctest timeout catches that; nothing here is timed).
    void survivesPathologicalInput_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("expectedCount");
        QTest::newRow("a million full stops") << QByteArray(1000000, '.') << 0;
        QTest::newRow("100k empty lines") << QByteArray(100000, '\n') << 0;
        QTest::newRow("dotted token without spaces")
            << QByteArray(1000000, 'a').replace("aa", "a.") << 1;
        QTest::newRow("many tiny sentences") << QByteArray("A. ").repeated(100000) << 100000;
    }
    void survivesPathologicalInput() {
        QFETCH(QByteArray, text);
        QFETCH(int, expectedCount);
        const auto sentences =
            SentenceSplitter::split(std::string_view(text.constData(), text.size()));
        QCOMPARE(int(sentences.size()), expectedCount);
    }
};

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentence_splitter.moc"
