#include "TestPrinters.h"
#include "text/ArticleParser.h"

#include <QtCore/QFile>
#include <QtCore/QStringList>
#include <QtTest/QTest>
#include <string>

using namespace ct;
using Kind = ArticleBlock::Kind;

Q_DECLARE_METATYPE(ct::ArticleBlock::Kind)

namespace {

std::string readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll().toStdString();
}

QString blockText(const ParsedArticle& a, const ArticleBlock& b) {
    return QString::fromStdString(a.text.substr(b.begin, b.end - b.begin));
}

QList<Kind> kinds(const ParsedArticle& a) {
    QList<Kind> out;
    for (const auto& b : a.blocks)
        out << b.kind;
    return out;
}

QString iso(const std::optional<Date>& d) {
    return d ? QString::fromStdString(toIso(*d)) : QString();
}

} // namespace

class TestArticleParser : public QObject {
    Q_OBJECT
  private slots:
    void parsesTheSeed() {
        const std::string seed = readFile(CT_TEST_DATA_DIR "/kazakhstan-putin-tokayev-call.txt");
        const ParsedArticle a = ArticleParser::parse(seed);
        QCOMPARE(a.text, seed);
        QCOMPARE(
            QString::fromStdString(a.title),
            QStringLiteral("Kazakhstan: Presidents Putin and Tokayev had a long conversation"));
        QCOMPARE(QString::fromStdString(a.lede),
                 QStringLiteral("Russian President Vladimir Putin and his Kazakh counterpart "
                                "Kasim-Yomart Tokayev had a \"long\" telephone conversation"));
        QCOMPARE(QString::fromStdString(a.idHash),
                 QStringLiteral("6c57c9ee9f169f39ba83caf87348ba92"));
        QStringList tags;
        for (const auto& t : a.tags)
            tags << QString::fromStdString(t);
        QCOMPARE(tags, QStringList({QString::fromUtf8("Καζακστάν"), QString::fromUtf8("ΚΡΕΜΛΙΝΟ"),
                                    QString::fromUtf8("ΠΟΥΤΙΝ"), QString::fromUtf8("Τοκάγεφ")}));
        QCOMPARE(QString::fromStdString(a.source), QStringLiteral("RES-EAP"));

        const QList<Kind> expected = {Kind::Title, Kind::Lede, Kind::Meta,  Kind::Body, Kind::Body,
                                      Kind::Body,  Kind::Body, Kind::Body,  Kind::Body, Kind::Body,
                                      Kind::Body,  Kind::Body, Kind::Source};
        QCOMPARE(kinds(a), expected);
        QVERIFY(blockText(a, a.blocks[3]).startsWith("Russian President Vladimir Putin"));
        QVERIFY(blockText(a, a.blocks[3]).endsWith("the Kremlin said in a statement today."));
        QVERIFY(blockText(a, a.blocks[6]).endsWith("to restore order. ."));
        QCOMPARE(blockText(a, a.blocks.back()), QStringLiteral("Source: RES-EAP"));
        for (std::size_t i = 1; i < a.blocks.size(); ++i)
            QVERIFY(a.blocks[i - 1].end < a.blocks[i].begin);

        QVERIFY(!a.published.has_value());
        QVERIFY(a.publishedEvidence.empty());
    }

    void parsesTheBundledSample() {
        const ParsedArticle a = ArticleParser::parse(
            readFile(CT_SOURCE_DIR "/resources/samples/kazakhstan-putin-tokayev-call.txt"));
        QCOMPARE(a.published, std::optional<Date>(isoDate("2022-01-08")));
        QCOMPARE(QString::fromStdString(a.publishedEvidence),
                 QStringLiteral("Published January 08, 2022"));
        QVERIFY(a.publishedProblem.empty());
        QCOMPARE(kinds(a).mid(0, 5),
                 QList<Kind>({Kind::Title, Kind::Lede, Kind::Meta, Kind::Dateline, Kind::Body}));
        QCOMPARE(a.tags.size(), std::size_t(4));
    }

    void detectsPublicationDate_data() {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("evidence");
        const auto row =
            [](const char* name, const char* header, const char* expected, const char* evidence) {
                QTest::newRow(name)
                    << QString::fromUtf8(
                           "Unrest in Kazakhstan\n\n%1\n\nProtesters gathered in Almaty.\n")
                           .arg(header)
                    << expected << evidence;
            };
        row("Published Month DD, YYYY", "Published January 08, 2022", "2022-01-08",
            "Published January 08, 2022");
        row("Published: ISO", "Published: 2022-01-08", "2022-01-08", "Published: 2022-01-08");
        row("Updated with abbreviated month and time", "Updated Jan. 8, 2022 10:32 GMT",
            "2022-01-08", "Updated Jan. 8, 2022 10:32 GMT");
        row("DD Month YYYY", "08 January 2022", "2022-01-08", "08 January 2022");
        row("Month D, YYYY", "January 8, 2022", "2022-01-08", "January 8, 2022");
        row("bare ISO", "2022-01-08", "2022-01-08", "2022-01-08");
        row("weekday, D Month YYYY", "Saturday, 8 January 2022", "2022-01-08",
            "Saturday, 8 January 2022");
        row("ordinal with of", "Posted on the 8th of January 2022", "2022-01-08",
            "Posted on the 8th of January 2022");
        row("ordinal day", "Posted January 8th, 2022", "2022-01-08", "Posted January 8th, 2022");
        row("Sept. abbreviation", "Published Sept. 30, 2021", "2021-09-30",
            "Published Sept. 30, 2021");
        row("byline with date", "By Jane Doe | 8 January 2022", "2022-01-08",
            "By Jane Doe | 8 January 2022");
        row("city dateline with year", "MOSCOW, January 7, 2022", "2022-01-07",
            "MOSCOW, January 7, 2022");
        row("leap day", "Published February 29, 2024", "2024-02-29", "Published February 29, 2024");
        row("invalid day is not a date", "Published February 30, 2022", "", "");
        row("ISO with time", "Published: 2022-01-08T10:32:00Z", "2022-01-08",
            "Published: 2022-01-08T10:32:00Z");
        row("DD.MM.YYYY with a time", "13.01.2022, 10:43", "2022-01-13", "13.01.2022, 10:43");
        row("DD.MM.YYYY with a city", "ALMATY, 13.01.2022", "2022-01-13", "ALMATY, 13.01.2022");
        row("a day above twelve is never a month", "31.12.2021 18:05", "2021-12-31",
            "31.12.2021 18:05");

        QTest::newRow("Published beats Updated")
            << "Title\n\nUpdated January 9, 2022\nPublished January 8, 2022\n\nBody.\n"
            << "2022-01-08"
            << "Published January 8, 2022";
        QTest::newRow("date inside a body sentence is not a dateline")
            << "Title\n\nLede here\n\nThe unrest began on January 2, 2022 in the west of the "
               "country.\n"
            << ""
            << "";
        QTest::newRow("date in a long prose line without a stop is not a dateline")
            << "Title\n\nLede here\n\nFirst paragraph.\n\nthe talks started January 2, 2022 and "
               "went on\n"
            << ""
            << "";
        QTest::newRow("yearless dateline takes the year of a full date in the text")
            << "Title\n\nMOSCOW, January 7\n\nTroops arrived on Jan. 6, 2022, officials said.\n"
            << "2022-01-07"
            << "MOSCOW, January 7";
        QTest::newRow("yearless dateline near New Year takes the nearest year")
            << "Title\n\nMOSCOW, December 31\n\nThe decree takes effect on January 2, 2022.\n"
            << "2021-12-31"
            << "MOSCOW, December 31";
        QTest::newRow("dateline opening the first paragraph")
            << "Title\n\nMOSCOW, January 7, 2022 (Reuters) - Russia sent troops.\n"
            << "2022-01-07"
            << "MOSCOW, January 7, 2022";
    }
    void detectsPublicationDate() {
        QFETCH(QString, article);
        QFETCH(QString, published);
        QFETCH(QString, evidence);
        const ParsedArticle a = ArticleParser::parse(article.toStdString());
        QCOMPARE(iso(a.published), published);
        QCOMPARE(QString::fromStdString(a.publishedEvidence), evidence);
        if (a.published)
            QVERIFY(a.publishedProblem.empty());
    }

    void reportsProblems_data() {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("problem");
        QTest::newRow("yearless dateline without context")
            << "Title\n\nMOSCOW, January 7\n\nTroops arrived on Thursday.\n"
            << "the dateline \"MOSCOW, January 7\" has no year";
        QTest::newRow("yearless dateline at paragraph start")
            << "Title\n\nMOSCOW, January 7 (Reuters) - Troops arrived on Thursday.\n"
            << "the dateline \"MOSCOW, January 7\" has no year";
        QTest::newRow("a date line in the body the article contradicts names its line")
            << "Kazakh leader orders troops to fire\n\nPresident Tokayev authorized security "
               "forces Friday to fire without warning.\n\nMore text.\n\nJan. 6, 2022\n\n"
               "A related story.\n"
            << "\"Jan. 6, 2022\" on line 7 stands in the body";
        QTest::newRow("a body date line before a later reported date")
            << "Title\n\nLede here.\n\nJan. 3, 2022\n\nTroops arrived on January 6, 2022.\n"
            << "a later date, 2022-01-06";
        QTest::newRow("impossible calendar date")
            << "Title\n\nPublished February 30, 2022\n\nBody.\n"
            << "is not a valid calendar date";
    }
    void reportsProblems() {
        QFETCH(QString, article);
        QFETCH(QString, problem);
        const ParsedArticle a = ArticleParser::parse(article.toStdString());
        QVERIFY(!a.published.has_value());
        QVERIFY2(QString::fromStdString(a.publishedProblem).contains(problem),
                 a.publishedProblem.c_str());
    }

    void classifiesHeaderLines_data() {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QList<Kind>>("expected");
        QTest::newRow("title and lede in one paragraph")
            << "Title line\nLede line\n\nBody.\n"
            << QList<Kind>{Kind::Title, Kind::Lede, Kind::Body};
        QTest::newRow("dateline before the title")
            << "Published January 8, 2022\nTitle line\n\nLede.\n\nBody.\n"
            << QList<Kind>{Kind::Dateline, Kind::Title, Kind::Lede, Kind::Body};
        QTest::newRow("tags line") << "Title\n\nTags: Kazakhstan, CSTO\n\nLede.\n"
                                   << QList<Kind>{Kind::Title, Kind::Meta, Kind::Lede};
        QTest::newRow("source line after body without blank line")
            << "Title\n\nLede.\n\nBody one.\nSource: Reuters\n"
            << QList<Kind>{Kind::Title, Kind::Lede, Kind::Body, Kind::Source};
        QTest::newRow("short hex word is not an id hash") << "Title\n\ncafe, bad, fed\n"
                                                          << QList<Kind>{Kind::Title, Kind::Lede};
        QTest::newRow("byline without a date under the title")
            << "Title\nBy Jane Doe and John Roe\n\nLede.\n\nBody.\n"
            << QList<Kind>{Kind::Title, Kind::Dateline, Kind::Lede, Kind::Body};
        QTest::newRow("sentence starting with By is not a byline")
            << "Title\n\nBy then the troops had left the city.\n"
            << QList<Kind>{Kind::Title, Kind::Lede};
        QTest::newRow("empty text") << "" << QList<Kind>{};
        QTest::newRow("only blank lines") << "\n\n  \n" << QList<Kind>{};
    }
    void classifiesHeaderLines() {
        QFETCH(QString, article);
        QFETCH(QList<Kind>, expected);
        const ParsedArticle a = ArticleParser::parse(article.toStdString());
        QCOMPARE(kinds(a), expected);
        for (const auto& b : a.blocks)
            QVERIFY(b.begin < b.end && b.end <= a.text.size());
    }

    void tagsLineGivesTags() {
        const ParsedArticle a =
            ArticleParser::parse("Title\n\nTags: Kazakhstan,  CSTO ,\n\nBody.\n");
        QCOMPARE(a.tags, std::vector<std::string>({"Kazakhstan", "CSTO"}));
        QVERIFY(a.idHash.empty());
    }

    void metaAndSourceNeverBecomeBody() {
        const ParsedArticle a = ArticleParser::parse(
            "T\n\n0123456789abcdef0123 Tag one, Tag two\n\nSource: Agency, Jan. 8, 2022\n");
        QCOMPARE(kinds(a), QList<Kind>({Kind::Title, Kind::Meta, Kind::Source}));
        QCOMPARE(QString::fromStdString(a.source), QStringLiteral("Agency, Jan. 8, 2022"));
        QCOMPARE(QString::fromStdString(a.idHash), QStringLiteral("0123456789abcdef0123"));
    }
};

QTEST_GUILESS_MAIN(TestArticleParser)
#include "tst_article_parser.moc"
