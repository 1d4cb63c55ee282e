#include "formats/ArticleReaders.h"
#include "formats/FileName.h"

#include <QtTest/QTest>

using namespace ct;

namespace {

// A reader that claims its magic bytes with certainty and its extension weakly, like the real
// readers do.
class FakeReader final : public ArticleReader {
  public:
    FakeReader(std::string name, std::string magic, std::string ext)
        : m_name(std::move(name)), m_magic(std::move(magic)), m_ext(std::move(ext)) {}
    std::string_view name() const override { return m_name; }
    int sniff(std::string_view bytes, std::string_view fileName) const override {
        if (bytes.substr(0, m_magic.size()) == m_magic)
            return 100;
        return fileExtension(fileName) == m_ext ? 20 : 0;
    }
    Result<std::vector<ReadArticle>> read(std::string_view, const std::string&) const override {
        ReadArticle a;
        a.format = m_name;
        return std::vector<ReadArticle>{a};
    }

  private:
    std::string m_name, m_magic, m_ext;
};

} // namespace

class TestArticleReaders : public QObject {
    Q_OBJECT
  private slots:
    void chooseByContentThenExtension_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("magic wins over a wrong extension")
            << QByteArray("%PDF-1.7 ...") << "report.txt"
            << "PDF";
        QTest::newRow("extension when content says nothing")
            << QByteArray("just words") << "report.pdf"
            << "PDF";
        QTest::newRow("other magic, other reader") << QByteArray("PK\x03\x04zip") << "a.pdf"
                                                   << "zip";
        QTest::newRow("unknown content and extension: text")
            << QByteArray("Protests on Monday.") << "notes"
            << "text";
        QTest::newRow("binary nobody claims still goes to text (for its error)")
            << QByteArray("\x7f"
                          "ELF\x01\x02",
                          6)
            << "a.bin"
            << "text";
        QTest::newRow("URL with query string") << QByteArray("x") << "https://a.org/r.pdf?x=1"
                                               << "PDF";
    }
    void chooseByContentThenExtension() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileName);
        QFETCH(QString, expected);
        ArticleReaders readers;
        readers.add(std::make_unique<FakeReader>("text", "\x01\x02\x03", "txt"), {"text/plain"});
        readers.add(std::make_unique<FakeReader>("PDF", "%PDF-", "pdf"), {"application/pdf"});
        readers.add(std::make_unique<FakeReader>("zip", "PK\x03\x04", "zip"));
        const ArticleReader* reader = readers.choose(
            std::string_view(bytes.constData(), bytes.size()), fileName.toStdString());
        QVERIFY(reader);
        QCOMPARE(QString::fromUtf8(reader->name().data(), qsizetype(reader->name().size())),
                 expected);
    }

    void mediaTypeLookupIgnoresParametersAndCase() {
        ArticleReaders readers;
        readers.add(std::make_unique<FakeReader>("HTML", "<html", "html"),
                    {"text/html", "application/xhtml+xml"});
        QVERIFY(readers.forMediaType("text/html; charset=UTF-8"));
        QVERIFY(readers.forMediaType("Application/XHTML+XML"));
        QCOMPARE(readers.forMediaType("image/png"), nullptr);
    }

    void standardRegistryHasTextAndReadsPlainText() {
        const ArticleReaders& readers = ArticleReaders::standard();
        QVERIFY(readers.byName("text"));
        QVERIFY(readers.forMediaType("text/plain"));
        auto read = readers.read("Title\n\nProtests on Monday.\n", "a.txt");
        QVERIFY(read.ok());
        QCOMPARE(read->size(), std::size_t(1));
        QCOMPARE(read->front().format, std::string("text"));
        QCOMPARE(read->front().text, std::string("Title\n\nProtests on Monday.\n"));
    }

    void standardTextReaderKeepsUtf8Rule() {
        auto read = ArticleReaders::standard().read("caf\xe9 on Monday", "latin1.txt");
        QVERIFY(!read.ok());
        QVERIFY(read.error().message.starts_with("latin1.txt: invalid UTF-8"));
    }

    void builderLaysOutTitleAndParagraphs() {
        ReadArticleBuilder builder("PDF");
        builder.add("  Big   news\n today ", ReadArticle::Paragraph::Kind::Title);
        builder.add("", ReadArticle::Paragraph::Kind::Body);
        builder.add("Background", ReadArticle::Paragraph::Kind::Heading);
        builder.add("Protests\u00a0began on Monday.", ReadArticle::Paragraph::Kind::Body);
        const ReadArticle a = builder.finish();
        QCOMPARE(a.title, std::string("Big news today"));
        QCOMPARE(a.text,
                 std::string("Big news today\n\nBackground\n\nProtests began on Monday.\n"));
        QCOMPARE(a.paragraphs.size(), std::size_t(3));
        QCOMPARE(int(a.paragraphs[1].kind), int(ReadArticle::Paragraph::Kind::Heading));
        QCOMPARE(a.text.substr(a.paragraphs[2].begin, a.paragraphs[2].end - a.paragraphs[2].begin),
                 std::string("Protests began on Monday."));
    }

    void fileExtensionOfNamesAndUrls_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("ext");
        QTest::newRow("plain") << "a/b/Report.PDF"
                               << "pdf";
        QTest::newRow("none") << "README"
                              << "";
        QTest::newRow("dot file") << ".hidden"
                                  << "";
        QTest::newRow("dot in folder") << "a.d/file"
                                       << "";
        QTest::newRow("url query") << "https://x.org/n.html?id=3#top"
                                   << "html";
    }
    void fileExtensionOfNamesAndUrls() {
        QFETCH(QString, name);
        QFETCH(QString, ext);
        QCOMPARE(QString::fromStdString(fileExtension(name.toStdString())), ext);
    }
};

QTEST_GUILESS_MAIN(TestArticleReaders)
#include "tst_article_readers.moc"
