#include "text/ArticleFile.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <chrono>
#include <filesystem>
#include <string>

using namespace ct;

namespace {

std::filesystem::path writeFile(const QTemporaryDir& dir, const QString& name,
                                const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file %s", qPrintable(path));
    return std::filesystem::path(path.toStdString());
}

QString message(const Result<std::string>& result) {
    return result ? QString() : QString::fromStdString(result.error().message);
}

} // namespace

class TestArticleFile : public QObject {
    Q_OBJECT
private slots:
    void rejectsBadContent_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray ok = "Title\n\nBody.\n";
        QTest::newRow("empty file") << QByteArray() << "empty";
        QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << "empty";
        QTest::newRow("only whitespace") << QByteArray(" \n\t\r\n  \n") << "only whitespace";
        QTest::newRow("NUL byte in text")
            << (ok + QByteArray(1, '\0') + ok) << "NUL byte at byte offset 13";
        QTest::newRow("random binary")
            << QByteArray::fromHex("7f454c4602010100000000000000000003003e00") << "binary";
        QTest::newRow("mostly control characters")
            << QByteArray("\x01\x02\x03\x04 abc \x05\x06\x07\x08") << "binary";
        QTest::newRow("UTF-16 LE with BOM")
            << QByteArray("\xFF\xFEH\0i\0", 6) << "UTF-16 is not supported, save the file as UTF-8";
        QTest::newRow("UTF-16 BE with BOM")
            << QByteArray("\xFE\xFF\0H\0i", 6) << "UTF-16 is not supported, save the file as UTF-8";
        QTest::newRow("UTF-16 LE without BOM")
            << QByteArray("T\0i\0t\0l\0e\0\n\0\n\0B\0o\0d\0y\0.\0", 24)
            << "UTF-16 is not supported, save the file as UTF-8";
        QTest::newRow("UTF-32 LE with BOM") << QByteArray("\xFF\xFE\0\0H\0\0\0", 8) << "UTF-32";
        QTest::newRow("Latin-1 e acute")
            << QByteArray("Caf\xE9 au lait") << "invalid UTF-8 at byte offset 3";
        QTest::newRow("truncated 2-byte sequence at end")
            << QByteArray("abc\xCE") << "byte offset 3";
        QTest::newRow("truncated 3-byte sequence in middle")
            << QByteArray("ab\xE2\x80xyz") << "byte offset 2";
        QTest::newRow("lone continuation byte") << QByteArray("ab\x80") << "byte offset 2";
        QTest::newRow("overlong slash C0 AF") << QByteArray("a\xC0\xAF") << "byte offset 1";
        QTest::newRow("overlong 3-byte E0 80 AF") << QByteArray("a\xE0\x80\xAF") << "byte offset 1";
        QTest::newRow("overlong 4-byte F0 80 80 AF")
            << QByteArray("a\xF0\x80\x80\xAF") << "byte offset 1";
        QTest::newRow("UTF-16 surrogate ED A0 80")
            << QByteArray("ab\xED\xA0\x80") << "byte offset 2";
        QTest::newRow("above U+10FFFF F4 90 80 80")
            << QByteArray("\xF4\x90\x80\x80") << "byte offset 0";
        QTest::newRow("F5 lead byte") << QByteArray("x\xF5\x80\x80\x80") << "byte offset 1";
        QTest::newRow("invalid byte after BOM counts the BOM")
            << QByteArray("\xEF\xBB\xBFok\xFF") << "byte offset 5";
    }
    void rejectsBadContent() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto path = writeFile(dir, "bad article.txt", bytes);
        const auto result = ArticleFile::read(path);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
        QVERIFY2(message(result).startsWith(QString::fromStdString(path.string()) + ": "),
                 qPrintable(message(result)));
        QVERIFY2(message(result).contains(reason), qPrintable(message(result)));

        const auto inMemory = ArticleFile::validate(bytes.toStdString(), "dropped.txt");
        QVERIFY(!inMemory);
        QVERIFY2(message(inMemory).startsWith("dropped.txt: "), qPrintable(message(inMemory)));
        QVERIFY(message(inMemory).contains(reason));
    }

    void rejectsFilesThatCannotBeRead_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing file") << "missing"
                                      << "file not found";
        QTest::newRow("directory") << "directory"
                                   << "is a directory";
        QTest::newRow("device") << "device"
                                << "not a regular file";
        QTest::newRow("no read permission") << "unreadable"
                                            << "cannot open file";
    }
    void rejectsFilesThatCannotBeRead() {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        std::filesystem::path path;
        if (kind == "missing") {
            path = dir.filePath("no such article.txt").toStdString();
        } else if (kind == "directory") {
            QVERIFY(QDir(dir.path()).mkdir("folder.txt"));
            path = dir.filePath("folder.txt").toStdString();
        } else if (kind == "device") {
            path = "/dev/null";
        } else {
            path = writeFile(dir, "secret.txt", "Title\n\nBody.\n");
            QFile::setPermissions(QString::fromStdString(path.string()),
                                  QFileDevice::Permissions());
            QFile probe(QString::fromStdString(path.string()));
            if (probe.open(QIODevice::ReadOnly))
                QSKIP("running with privileges that ignore file permissions");
        }
        const auto result = ArticleFile::read(path);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Io);
        QVERIFY2(message(result).startsWith(QString::fromStdString(path.string()) + ": "),
                 qPrintable(message(result)));
        QVERIFY2(message(result).contains(reason), qPrintable(message(result)));
    }

    void rejectsOversizedFileAndStatesTheLimit_data() {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<QString>("limitText");
        QTest::newRow("one byte over 1 KiB") << qint64(1025) << qint64(1024) << "1 KiB";
        QTest::newRow("5 MiB over the default 4 MiB")
            << qint64(5 * 1024 * 1024) << qint64(ArticleFile::kDefaultMaxBytes) << "4 MiB";
    }
    void rejectsOversizedFileAndStatesTheLimit() {
        QFETCH(qint64, size);
        QFETCH(qint64, limit);
        QFETCH(QString, limitText);
        QTemporaryDir dir;
        const auto path = writeFile(dir, "huge.txt", QByteArray(size, 'a'));
        const auto result = ArticleFile::read(path, std::size_t(limit));
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
        QVERIFY(message(result).startsWith(QString::fromStdString(path.string())));
        QVERIFY2(message(result).contains("size limit of " + limitText),
                 qPrintable(message(result)));
    }

    void acceptsGoodText_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain ASCII")
            << QByteArray("Title\n\nBody.\n") << QByteArray("Title\n\nBody.\n");
        QTest::newRow("UTF-8 BOM stripped")
            << QByteArray("\xEF\xBB\xBFTitle\n") << QByteArray("Title\n");
        QTest::newRow("Greek tags kept") << QByteArray("6c57 \xCE\x9A\xCE\xB1\xCE\xB6, \xCE\xA0\n")
                                         << QByteArray("6c57 \xCE\x9A\xCE\xB1\xCE\xB6, \xCE\xA0\n");
        QTest::newRow("4-byte emoji and U+10FFFF")
            << QByteArray("a\xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF")
            << QByteArray("a\xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF");
        QTest::newRow("CRLF normalised") << QByteArray("A\r\n\r\nB\r\n") << QByteArray("A\n\nB\n");
        QTest::newRow("lone CR normalised") << QByteArray("A\rB") << QByteArray("A\nB");
        QTest::newRow("a stray form feed kept")
            << QByteArray("Title\n\fBody text that is long enough.\n")
            << QByteArray("Title\n\fBody text that is long enough.\n");
        QTest::newRow("exactly at the limit") << QByteArray(1024, 'x') << QByteArray(1024, 'x');
    }
    void acceptsGoodText() {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        const auto path = writeFile(dir, QString::fromUtf8("статья ok.txt"), bytes);
        const auto result = ArticleFile::read(path, 1024);
        QVERIFY2(result.ok(), qPrintable(message(result)));
        QCOMPARE(QByteArray::fromStdString(*result), expected);
    }

    void readsTheSeed() {
        const auto result =
            ArticleFile::read(CT_TEST_DATA_DIR "/kazakhstan-putin-tokayev-call.txt");
        QVERIFY2(result.ok(), qPrintable(message(result)));
        QVERIFY(result->starts_with("Kazakhstan: Presidents Putin"));
        QVERIFY(result->ends_with("Source: RES-EAP"));
    }

    // Not a timed assertion: a gross regression (quadratic scan) would hit the
    // ctest timeout instead of passing slowly.
    void validatesFourMegabytesOfMultibyteText() {
        std::string text;
        while (text.size() < ArticleFile::kDefaultMaxBytes - 16)
            text += "Καζακστάν Tokayev 😀 ";
        const auto result = ArticleFile::validate(text, "big.txt");
        QVERIFY2(result.ok(), qPrintable(message(result)));
        QCOMPARE(result->size(), text.size());
    }
};

QTEST_GUILESS_MAIN(TestArticleFile)
#include "tst_article_file.moc"
