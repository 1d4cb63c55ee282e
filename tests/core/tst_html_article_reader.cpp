#include "formats/ArticleReaders.h"
#include "formats/HtmlArticleReader.h"
#include "formats/MhtmlArticleReader.h"
#include "formats/html/CharsetDecoder.h"
#include "formats/html/DateText.h"
#include "formats/html/HtmlDocument.h"
#include "formats/html/HtmlMetadata.h"

#include <QtCore/QFile>
#include <QtTest/QTest>
#include <string>

using namespace ct;

Q_DECLARE_METATYPE(std::string)

namespace {

QByteArray fixture(const QString& name) {
    QFile f(QStringLiteral(CT_TEST_DATA_DIR "/formats/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

Result<std::vector<ReadArticle>> readWith(const QString& file, const QByteArray& bytes) {
    const std::string name = file.toStdString();
    const std::string_view view(bytes.constData(), std::size_t(bytes.size()));
    if (file.endsWith(QLatin1String(".mhtml")))
        return MhtmlArticleReader().read(view, name);
    return HtmlArticleReader().read(view, name);
}

} // namespace

class TestHtmlArticleReader : public QObject {
    Q_OBJECT
  private slots:
    void readsRealPageShapes_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("evidence");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");

        QTest::newRow("WordPress article: menus, share bar, related posts, comments")
            << "wordpress-article.html"
            << "Floods cut the road to Kherson"
            << "2023-06-07"
            << "meta article:published_time"
            << "Steppe Dispatch"
            << "Olena Marchenko"
            << "https://steppedispatch.example.org/2023/06/07/floods-cut-the-road-to-kherson/"
            << QStringList{"Water from the breached dam reached the outskirts of Kherson",
                           "Aid convoys wait",
                           "The water came into the kitchen in less than an hour."}
            << QStringList{"Skip to the content",
                           "About us",
                           "Share this",
                           "Twitter",
                           "Ferry service resumes",
                           "my parents live in Korabel",
                           "Leave a Reply",
                           "Powered by WordPress",
                           "Photo: Ivan Petrenko",
                           "has reported from the front line"};
        QTest::newRow("news CMS with JSON-LD graph, cookie banner, captions, sidebar")
            << "news-jsonld.html"
            << "Ceasefire talks resume in Geneva"
            << "2024-02-12"
            << "JSON-LD datePublished"
            << "The Northern Ledger"
            << "Samuel Okafor, Ines Duarte"
            << "https://www.northernledger.example.com/world/ceasefire-talks-resume-geneva-a1b2c3"
            << QStringList{"Negotiators from both sides met in Geneva on Monday",
                           "neither question had been settled on Monday.",
                           "fighting closed two of the three crossings."}
            << QStringList{"We use cookies",
                           "Accept all",
                           "Business",
                           "Share on Facebook",
                           "Photograph: Reuters",
                           "Delegates arrive",
                           "Advertisement",
                           "Prisoner exchange stalls",
                           "morning briefing",
                           "Storm warning",
                           "All rights reserved"};
        QTest::newRow("AMP variant of the same story")
            << "news-amp.html"
            << "Ceasefire talks resume in Geneva"
            << "2024-02-12"
            << "JSON-LD datePublished"
            << "The Northern Ledger"
            << "Samuel Okafor"
            << "https://www.northernledger.example.com/world/ceasefire-talks-resume-geneva-a1b2c3"
            << QStringList{"Negotiators from both sides met in Geneva on Monday",
                           "neither question had been settled on Monday."}
            << QStringList{"Sport", "Share", "More from World", "Back to the full site",
                           "animation"};
        QTest::newRow("windows-1251 page with table layout")
            << "cyrillic-windows-1251.html"
            << "Паводок в Барнауле: эвакуированы 300 жителей"
            << "2024-04-15"
            << "meta pubdate"
            << "Алтайские вести"
            << ""
            << "" << QStringList{"Уровень воды в реке Обь у Барнаула", "в том числе 35 детей."}
            << QStringList{"Главная", "Экономика", "Поделиться", "Все права защищены"};
        QTest::newRow("MHTML single-file save, quoted-printable")
            << "saved-page.mhtml"
            << "Hochwasser: Pegel in Passau sinkt langsam"
            << "2024-06-05"
            << "meta date"
            << "Donau-Kurier"
            << ""
            << "https://www.donaukurier.example.de/region/hochwasser-passau-pegel-sinkt"
            << QStringList{"Der Pegel der Donau in Passau ist am Mittwoch langsam gesunken",
                           "Straßen weiterhin unter Wasser", "Oberbürgermeister Jürgen Dupper"}
            << QStringList{"Startseite", "Mehr zum Thema", "Steinerne Brücke", "Cookies"};
    }
    void readsRealPageShapes() {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QString, published);
        QFETCH(QString, evidence);
        QFETCH(QString, outlet);
        QFETCH(QString, author);
        QFETCH(QString, url);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);

        const auto read = readWith(file, fixture(file));
        QVERIFY2(read.ok(), read ? "" : read.error().message.c_str());
        QCOMPARE(read->size(), std::size_t(1));
        const ReadArticle& a = read->front();
        QCOMPARE(q(a.format), QStringLiteral("HTML"));
        QCOMPARE(q(a.title), title);
        QVERIFY(a.published.has_value());
        QCOMPARE(q(toIso(*a.published)), published);
        QCOMPARE(q(a.publishedEvidence), evidence);
        QCOMPARE(q(a.outlet), outlet);
        QCOMPARE(q(a.author), author);
        QCOMPARE(q(a.url), url);
        const QString text = q(a.text);
        QVERIFY2(text.startsWith(title + QLatin1String("\n\n")), qPrintable(text.left(200)));
        QVERIFY2(!text.mid(title.size()).contains(title),
                 "the headline is not repeated in the body");
        for (const QString& s : present)
            QVERIFY2(text.contains(s),
                     qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(s, text)));
        for (const QString& s : absent)
            QVERIFY2(!text.contains(s),
                     qPrintable(QStringLiteral("boilerplate \"%1\" in:\n%2").arg(s, text)));
    }

    void paragraphsMatchTheTextLayout() {
        const auto read = readWith("wordpress-article.html", fixture("wordpress-article.html"));
        QVERIFY(read.ok());
        const ReadArticle& a = read->front();
        QVERIFY(a.paragraphs.size() >= 5);
        QCOMPARE(a.paragraphs[0].kind, ReadArticle::Paragraph::Kind::Title);
        bool heading = false;
        std::size_t expectedBegin = 0;
        for (const auto& p : a.paragraphs) {
            QCOMPARE(p.begin, expectedBegin);
            expectedBegin = p.end + 2;
            const std::string s = a.text.substr(p.begin, p.end - p.begin);
            QVERIFY(s.find('\n') == std::string::npos);
            if (s == "Aid convoys wait") {
                QCOMPARE(p.kind, ReadArticle::Paragraph::Kind::Heading);
                heading = true;
            }
        }
        QVERIFY(heading);
        QCOMPARE(expectedBegin, a.text.size() + 2);
    }

    void sniffsContentBeforeExtension_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("html");
        QTest::addColumn<int>("mhtml");
        QTest::newRow("doctype, no extension")
            << QByteArray("<!DOCTYPE html><html>") << "page" << 95 << 0;
        QTest::newRow("doctype after BOM and blank lines")
            << QByteArray("\xEF\xBB\xBF\n\n<!doctype html>") << "x.txt" << 95 << 0;
        QTest::newRow("html tag") << QByteArray("<html><body>") << "x" << 90 << 0;
        QTest::newRow("plain text named .html")
            << QByteArray("Title\n\nBody.") << "a.html" << 20 << 0;
        QTest::newRow("plain text") << QByteArray("Title\n\nBody.") << "a.txt" << 0 << 0;
        QTest::newRow("MHTML content") << fixture("saved-page.mhtml") << "page" << 0 << 95;
        QTest::newRow("text named .mht") << QByteArray("hello") << "a.mht" << 0 << 30;
    }
    void sniffsContentBeforeExtension() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(int, html);
        QFETCH(int, mhtml);
        const std::string_view view(bytes.constData(), std::size_t(bytes.size()));
        QCOMPARE(HtmlArticleReader().sniff(view, name.toStdString()), html);
        QCOMPARE(MhtmlArticleReader().sniff(view, name.toStdString()), mhtml);
    }

    void standardRegistryChoosesTheWebPageReaders_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reader");
        QTest::newRow("WordPress page") << "wordpress-article.html"
                                        << "HTML";
        QTest::newRow("AMP page") << "news-amp.html"
                                  << "HTML";
        QTest::newRow("HTML 4 page in windows-1251") << "cyrillic-windows-1251.html"
                                                     << "HTML";
        QTest::newRow("MHTML save") << "saved-page.mhtml"
                                    << "MHTML";
    }
    void standardRegistryChoosesTheWebPageReaders() {
        QFETCH(QString, file);
        QFETCH(QString, reader);
        const QByteArray bytes = fixture(file);
        const ArticleReader* chosen = ArticleReaders::standard().choose(
            std::string_view(bytes.constData(), std::size_t(bytes.size())), "saved");
        QVERIFY(chosen);
        QCOMPARE(QString::fromUtf8(chosen->name().data(), qsizetype(chosen->name().size())),
                 reader);
        QVERIFY(ArticleReaders::standard().forMediaType("text/html"));
    }

    void malformedInputFailsWithItsNameOrReadsCleanly_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason"); // empty: a clean article is fine too
        QTest::newRow("empty file") << QByteArray() << "no article body found";
        QTest::newRow("empty body")
            << QByteArray("<!doctype html><html><head><title>T</title></head><body></body></html>")
            << "no article body found";
        QTest::newRow("only navigation")
            << QByteArray("<html><body><nav><a href=/>Home</a> <a href=/a>World news and "
                          "more</a></nav></body></html>")
            << "no article body found";
        QTest::newRow("truncated in a tag")
            << QByteArray("<html><body><p>Rescue teams reached the village on Monday, officials "
                          "said.</p><p class=\"x")
            << "";
        QTest::newRow("truncated in a comment")
            << QByteArray("<html><body><p>Rescue teams reached the village on Monday, officials "
                          "said.</p><!-- never clo")
            << "";
        QTest::newRow("binary junk")
            << QByteArray::fromHex("7f454c46020101000000000000000000030000ff00fe")
            << "no article body found";
        QTest::newRow("one million nested divs")
            << (QByteArray("<html><body>") + QByteArray("<div>").repeated(1'000'000) + "text")
            << "nested too deeply";
        QTest::newRow("ten thousand nested divs with text")
            << (QByteArray("<html><body>") + QByteArray("<div>").repeated(10'000) +
                "<p>Rescue teams reached the village on Monday, officials said, and more.</p>")
            << "";
        QTest::newRow("invalid UTF-8 in text")
            << QByteArray("<html><body><p>Rescue teams \xC3\x28 reached \xFF the village on "
                          "Monday.</p></body></html>")
            << "";
        QTest::newRow("bad JSON-LD")
            << QByteArray("<html><head><script "
                          "type=\"application/"
                          "ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":</script></head>"
                          "<body><p>Rescue teams reached the village on Monday, officials "
                          "said.</p></body></html>")
            << "";
        QTest::newRow("unknown charset")
            << QByteArray("<html><head><meta charset=\"x-no-such-charset\"></head><body><p>Rescue "
                          "teams reached the village on Monday.</p></body></html>")
            << "";
        QTest::newRow("too large")
            << QByteArray(33 * 1024 * 1024, ' ') << "larger than the 32 MB limit";
    }
    void malformedInputFailsWithItsNameOrReadsCleanly() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const auto read = HtmlArticleReader().read(
            std::string_view(bytes.constData(), std::size_t(bytes.size())), "dir/PAGE.html");
        if (read) {
            QVERIFY2(reason.isEmpty(), qPrintable("expected an error: " + reason));
            QVERIFY(!read->front().text.empty());
            QCOMPARE(html::CharsetDecoder::repairUtf8(read->front().text), read->front().text);
        } else {
            const QString message = q(read.error().message);
            QVERIFY2(message.startsWith(QLatin1String("PAGE.html: ")), qPrintable(message));
            if (!reason.isEmpty())
                QVERIFY2(message.contains(reason), qPrintable(message));
        }
    }

    void malformedMhtmlIsRefusedWithItsName_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no MIME structure") << QByteArray("just text") << "not a web archive";
        QTest::newRow("no HTML part")
            << QByteArray("MIME-Version: 1.0\r\nContent-Type: multipart/related; "
                          "boundary=\"b\"\r\n\r\n--b\r\n"
                          "Content-Type: image/png\r\n\r\nxx\r\n--b--\r\n")
            << "holds no HTML page";
        QTest::newRow("truncated base64 part")
            << QByteArray(
                   "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\n"
                   "Content-Type: text/html\r\nContent-Transfer-Encoding: "
                   "base64\r\n\r\nPGh0bWw+PGJvZHk+PHA+")
            << "no article body found";
    }
    void malformedMhtmlIsRefusedWithItsName() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const auto read = MhtmlArticleReader().read(
            std::string_view(bytes.constData(), std::size_t(bytes.size())), "PAGE.mhtml");
        QVERIFY(!read.ok());
        QVERIFY2(q(read.error().message).startsWith(QLatin1String("PAGE.mhtml: ")),
                 read.error().message.c_str());
        QVERIFY2(q(read.error().message).contains(reason), read.error().message.c_str());
    }

    void charsets_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("windows-1252 by meta charset")
            << QByteArray("<meta charset=windows-1252><p>Caf\xE9 \x93quoted\x94</p>")
            << QStringLiteral("Café “quoted”");
        QTest::newRow("latin1 means windows-1252")
            << QByteArray("<meta http-equiv=\"content-type\" content=\"text/html; "
                          "charset=ISO-8859-1\"><p>\x80 5</p>")
            << QStringLiteral("€ 5");
        QTest::newRow("KOI8-R") << QByteArray("<meta charset=\"koi8-r\"><p>\xf7\xcf\xc4\xc1</p>")
                                << QStringLiteral("Вода");
        QTest::newRow("ISO-8859-2")
            << QByteArray("<meta charset=iso-8859-2><p>\xb3\xf3\xbf\xea\xe6</p>")
            << QStringLiteral("łóżęć");
        QTest::newRow("UTF-8 despite a legacy declaration")
            << QByteArray("<meta charset=windows-1251><p>Caf\xC3\xA9</p>")
            << QStringLiteral("Café");
        QTest::newRow("UTF-16LE BOM")
            << QByteArray("\xFF\xFE<\0p\0>\0\x16\x04", 10) << QStringLiteral("Ж");
        QTest::newRow("invalid windows-1251 byte")
            << QByteArray("<meta charset=windows-1251><p>\xc4\xe0 \x98 \xed\xe5\xf2</p>")
            << QStringLiteral("Да \uFFFD нет");
    }
    void charsets() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        const auto decoded = html::CharsetDecoder::decode(
            std::string_view(bytes.constData(), std::size_t(bytes.size())));
        QVERIFY2(q(decoded.utf8).contains(text), decoded.utf8.c_str());
    }

    void dates_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("date");
        QTest::newRow("ISO with offset") << "2019-11-19T21:03:00-05:00"
                                         << "2019-11-19";
        QTest::newRow("slashes") << "2019/11/19"
                                 << "2019-11-19";
        QTest::newRow("compact") << "20191119"
                                 << "2019-11-19";
        QTest::newRow("RFC 1123") << "Tue, 19 Nov 2019 10:00:00 GMT"
                                  << "2019-11-19";
        QTest::newRow("month name first") << "November 19, 2019 at 4:30 PM"
                                          << "2019-11-19";
        QTest::newRow("abbreviated with period") << "Sept. 3, 2020"
                                                 << "2020-09-03";
        QTest::newRow("invalid day") << "2019-02-30"
                                     << "";
        QTest::newRow("no date") << "yesterday"
                                 << "";
    }
    void dates() {
        QFETCH(QString, value);
        QFETCH(QString, date);
        const auto d = html::DateText::parseValue(value.toStdString());
        QCOMPARE(d ? q(toIso(*d)) : QString(), date);
    }

    void urlDates_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("date");
        QTest::newRow("year/month/day") << "https://x.example/2019/11/19/story"
                                        << "2019-11-19";
        QTest::newRow("dashes") << "https://x.example/news/2019-11-19-story"
                                << "2019-11-19";
        QTest::newRow("compact") << "https://x.example/20191119/story"
                                 << "2019-11-19";
        QTest::newRow("article id is not a date") << "https://x.example/news/12345678"
                                                  << "";
        QTest::newRow("year and month only") << "https://x.example/2019/11/story"
                                             << "";
    }
    void urlDates() {
        QFETCH(QString, url);
        QFETCH(QString, date);
        const auto d = html::DateText::fromUrl(url.toStdString());
        QCOMPARE(d ? q(toIso(*d)) : QString(), date);
    }

    void scriptBodiesAreLeftOutBeforeParsing_data() {
        QTest::addColumn<QString>("markup");
        QTest::addColumn<QString>("expected");
        QTest::newRow("script with markup in a string")
            << "<script>if (a<b) x='</div><p>fake</p>';</script><p>t</p>"
            << "<script></script><p>t</p>";
        QTest::newRow("upper-case style") << "<STYLE media=all>p{color:red}</Style><p>t</p>"
                                          << "<STYLE media=all></Style><p>t</p>";
        QTest::newRow("JSON-LD kept") << "<script type=\"application/ld+json\">{\"a\":1}</script>"
                                      << "<script type=\"application/ld+json\">{\"a\":1}</script>";
        QTest::newRow("quoted > in the start tag") << "<script data-x=\"a>b\">code</script>"
                                                   << "<script data-x=\"a>b\"></script>";
        QTest::newRow("script inside a comment is not a script")
            << "<!-- <script> --><p>x</p><script>y</script>"
            << "<!-- <script> --><p>x</p><script></script>";
        QTest::newRow("scripts element name is not script") << "<scripts>keep</scripts>"
                                                            << "<scripts>keep</scripts>";
        QTest::newRow("unterminated script left to the parser") << "<p>a</p><script>abc"
                                                                << "<p>a</p><script>abc";
    }
    void scriptBodiesAreLeftOutBeforeParsing() {
        QFETCH(QString, markup);
        QFETCH(QString, expected);
        QCOMPARE(q(html::withoutScriptBodies(markup.toStdString())), expected);
    }

    void siteNameLeavesTheTitle_data() {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pipe suffix") << "Talks resume in Geneva | The Ledger"
                                     << "The Ledger"
                                     << "Talks resume in Geneva";
        QTest::newRow("dash suffix, unknown outlet") << "Talks resume in Geneva - Ledger"
                                                     << ""
                                                     << "Talks resume in Geneva";
        QTest::newRow("section and site") << "Talks resume in Geneva | World | The Ledger"
                                          << "The Ledger"
                                          << "Talks resume in Geneva";
        QTest::newRow("site prefix") << "The Ledger - Talks resume in Geneva"
                                     << "The Ledger"
                                     << "Talks resume in Geneva";
        QTest::newRow("dash inside a headline") << "Floods - and no help"
                                                << ""
                                                << "Floods - and no help";
    }
    void siteNameLeavesTheTitle() {
        QFETCH(QString, title);
        QFETCH(QString, outlet);
        QFETCH(QString, expected);
        QCOMPARE(q(html::HtmlMetadata::withoutSiteName(title.toStdString(), outlet.toStdString())),
                 expected);
    }
};

QTEST_GUILESS_MAIN(TestHtmlArticleReader)
#include "tst_html_article_reader.moc"
