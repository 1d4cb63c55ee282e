// Each format's reader on small hand-made fixtures (tests/data/formats, written by
// make_fixtures.py there): title, dates, outlet and body as a person would check them.
#include "formats/ArticleReaders.h"
#include "formats/EmailArticleReader.h"
#include "formats/TextArticleReader.h"

#include <QFile>
#include <QtTest/QTest>

using namespace ct;

namespace {

std::string fixture(const QString& name) {
    QFile f(QStringLiteral(CT_TEST_DATA_DIR "/formats/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(name));
    const QByteArray bytes = f.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

QString q(const std::string& s) {
    return QString::fromStdString(s);
}
QString q(const std::optional<Date>& d) {
    return d ? q(toIso(*d)) : QString();
}

// Stands in for the HTML reader: proves the e-mail reader finds "text/html" in the registry
// at run time and hands it the decoded part.
class FakeHtmlReader final : public ArticleReader {
  public:
    std::string_view name() const override { return "HTML"; }
    int sniff(std::string_view, std::string_view) const override { return 0; }
    Result<std::vector<ReadArticle>> read(std::string_view bytes,
                                          const std::string&) const override {
        seen = std::string(bytes);
        ReadArticleBuilder builder("HTML");
        builder.add("Page title", ReadArticle::Paragraph::Kind::Title);
        builder.add("Markets in Almaty fell on Monday.", ReadArticle::Paragraph::Kind::Body);
        return std::vector<ReadArticle>{builder.finish()};
    }
    mutable std::string seen;
};

} // namespace

class TestFormatReaders : public QObject {
    Q_OBJECT
  private slots:
    void readsFixture_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("story");
        QTest::addColumn<int>("stories");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("published"); // what the file itself states ("" = nothing)
        QTest::addColumn<QString>("suggested");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QStringList>("contains"); // in this order
        QTest::addColumn<QStringList>("absent");

        QTest::newRow("PDF two columns, running header and page numbers")
            << "two-column.pdf"
            << "PDF" << 0 << 1 << "Unrest spreads across Kazakhstan"
            << ""
            << "2022-01-09"
            << ""
            << "Desk"
            << QStringList{"Published January 08, 2022",
                           "The international airport was closed on Wednesday.",
                           "Wednesday night, and Russian paratroopers landed in Almaty on "
                           "Thursday.",
                           "On Friday, Tokayev said",
                           "Internet access was cut",
                           "Analysts in Moscow said",
                           "by surprise.",
                           "The government said on Saturday"}
            << QStringList{"Steppe Observer", "Page 1", "Page 2", "inter-"};
        QTest::newRow("PDF without a date: creation date only suggested")
            << "no-date.pdf"
            << "PDF" << 0 << 1 << "Situation report"
            << ""
            << "2022-01-11"
            << ""
            << "Field Office"
            << QStringList{"Roads into Almaty were reopened on Monday after three days",
                           "Fuel deliveries resumed on Tuesday."}
            << QStringList{"Microsoft Word"};
        QTest::newRow("DOCX with Title and Heading styles")
            << "headings.docx"
            << "DOCX" << 0 << 1 << "Ceasefire talks resume in Almaty"
            << ""
            << "2022-01-09"
            << ""
            << "Aigerim Sadykova"
            << QStringList{"Published January 08, 2022", "\n\nBackground\n\n",
                           "Negotiators met in Almaty on Thursday after a week of unrest.",
                           "\n\nWhat comes next\n\n", "planned for Monday"}
            << QStringList{"deleted", "Template"};
        QTest::newRow("ODT with a footnote and a span")
            << "report.odt"
            << "ODT" << 0 << 1 << "Border crossings reopen"
            << ""
            << "2022-01-10"
            << ""
            << "Trade Desk"
            << QStringList{"2022-01-10", "\n\nTrade\n\n",
                           "Lorries crossed into China at Khorgos on Monday, customs officers "
                           "said.",
                           "The rail link reopened on Tuesday."}
            << QStringList{"footnote"};
        QTest::newRow("newsletter: first story")
            << "newsletter.eml"
            << "e-mail" << 0 << 2 << "Fuel protests reach Almaty"
            << "2022-01-08"
            << ""
            << "Steppe Brief"
            << "" << QStringList{"Crowds gathered in Almaty on Tuesday after fuel prices doubled"}
            << QStringList{"Airport reopens", "Unsubscribe", "=E2", "round-up"};
        QTest::newRow("newsletter: second story")
            << "newsletter.eml"
            << "e-mail" << 1 << 2 << "Airport reopens"
            << "2022-01-08"
            << ""
            << "Steppe Brief"
            << "" << QStringList{"The international airport in Almaty reopened on Monday"}
            << QStringList{"Fuel protests", "Unsubscribe"};
        QTest::newRow("e-mail in ISO-8859-1, base64, RFC 2047 subject")
            << "alert-latin1.eml"
            << "e-mail" << 0 << 1 << "Almaty caf\u00e9s reopen"
            << "2022-01-11"
            << ""
            << "Regional Alerts"
            << ""
            << QStringList{"Caf\u00e9 owners in Almaty reopened on Monday",
                           "Banks opened again on Tuesday."}
            << QStringList{};
    }
    void readsFixture() {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(int, story);
        QFETCH(int, stories);
        QFETCH(QString, title);
        QFETCH(QString, published);
        QFETCH(QString, suggested);
        QFETCH(QString, outlet);
        QFETCH(QString, author);
        QFETCH(QStringList, contains);
        QFETCH(QStringList, absent);

        const std::string bytes = fixture(file);
        const ArticleReaders& readers = ArticleReaders::standard();
        const ArticleReader* reader = readers.choose(bytes, "no-extension");
        QVERIFY(reader);
        QCOMPARE(q(std::string(reader->name())), format); // by content, not by name
        auto read = readers.read(bytes, file.toStdString());
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
        QCOMPARE(int(read->size()), stories);
        const ReadArticle& a = (*read)[std::size_t(story)];
        QCOMPARE(q(a.format), format);
        QCOMPARE(q(a.title), title);
        QCOMPARE(q(a.published), published);
        QCOMPARE(q(a.suggestedPublished), suggested);
        QCOMPARE(q(a.outlet), outlet);
        QCOMPARE(q(a.author), author);
        const QString text = q(a.text);
        QVERIFY2(text.startsWith(title + "\n\n"), qPrintable(text));
        qsizetype at = 0;
        for (const QString& part : contains) {
            const qsizetype found = text.indexOf(part, at);
            QVERIFY2(found >= 0, qPrintable("missing or out of order: " + part + "\n" + text));
            at = found + part.size();
        }
        for (const QString& part : absent)
            QVERIFY2(!text.contains(part), qPrintable("should be gone: " + part + "\n" + text));
        QVERIFY(!a.paragraphs.empty());
        QCOMPARE(int(a.paragraphs.front().kind), int(ReadArticle::Paragraph::Kind::Title));
        for (const auto& p : a.paragraphs)
            QVERIFY(p.begin < p.end && p.end <= a.text.size());
    }

    void refusesWithNamedError_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("encrypted PDF") << "encrypted.pdf"
                                       << "encrypted PDF";
        QTest::newRow("scanned PDF") << "scanned.pdf"
                                     << "scanned PDF without text";
        QTest::newRow("zip bomb") << "bomb.docx"
                                  << "zip bomb";
        QTest::newRow("truncated DOCX") << "truncated.docx"
                                        << "damaged zip";
        QTest::newRow("malformed MIME") << "malformed.eml"
                                        << "malformed MIME";
    }
    void refusesWithNamedError() {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        auto read = ArticleReaders::standard().read(fixture(file), file.toStdString());
        QVERIFY(!read.ok());
        const QString message = q(read.error().message);
        QVERIFY2(message.startsWith(file + ": "), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
    }

    void emailHandsHtmlPartToRegisteredHtmlReader() {
        ArticleReaders readers;
        auto html = std::make_unique<FakeHtmlReader>();
        const FakeHtmlReader* htmlReader = html.get();
        readers.add(std::move(html), {"text/html"});
        readers.add(std::make_unique<EmailArticleReader>(readers), {"message/rfc822"});
        auto read = readers.read(fixture("html-only.eml"), "wire.eml");
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
        // Quoted-printable decoded, marked as UTF-8 by a BOM.
        QVERIFY(htmlReader->seen.starts_with("\xEF\xBB\xBF<html><body><h1>Wire story</h1>"));
        const ReadArticle& a = read->front();
        QCOMPARE(q(a.title), QStringLiteral("Wire story")); // the Subject
        QCOMPARE(q(a.text), QStringLiteral("Wire story\n\nMarkets in Almaty fell on Monday.\n"));
        QCOMPARE(q(a.outlet), QStringLiteral("Wire"));
        QCOMPARE(q(a.published), QStringLiteral("2022-01-10"));
    }

    void emailWithoutHtmlReaderExplainsItself() {
        ArticleReaders readers;
        readers.add(std::make_unique<EmailArticleReader>(readers));
        auto read = readers.read(fixture("html-only.eml"), "wire.eml");
        QVERIFY(!read.ok());
        QVERIFY(read.error().message.starts_with("wire.eml: "));
    }

    void newsletterSplitNeedsTwoClearStories() {
        QVERIFY(splitNewsletterStories("One story\n\nWith a long enough paragraph about what "
                                       "happened in Almaty on Monday morning.\n")
                    .empty());
        QCOMPARE(splitNewsletterStories("A\n\nThe first story has a paragraph long enough to "
                                        "count as one.\n----\nB\n\nThe second story has a "
                                        "paragraph long enough to count as one.\n")
                     .size(),
                 std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestFormatReaders)
#include "tst_format_readers.moc"
