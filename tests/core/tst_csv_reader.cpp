#include "interchange/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace ct;

namespace {

std::vector<std::vector<std::string>> readAll(CsvReader& reader,
                                              std::vector<std::int64_t>* lines = nullptr) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> fields;
    for (;;) {
        auto got = reader.next(fields);
        if (!got || !*got)
            break;
        rows.push_back(fields);
        if (lines)
            lines->push_back(reader.line());
    }
    return rows;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
  private slots:
    void delimiterIsDetected_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
        QTest::newRow("tab with commas in text")
            << QByteArray("a\tb\tc\n1,5\t2\t3\nx\ty, z\tw\n") << '\t';
        QTest::newRow("semicolon (European spreadsheets)") << QByteArray("a;b;c\n1,5;2;3\n") << ';';
        QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << '|';
        QTest::newRow("quoted delimiters do not count") << QByteArray("a;b\n\"x,y,z\";2\n") << ';';
    }
    void delimiterIsDetected() {
        QFETCH(QByteArray, text);
        QFETCH(char, delimiter);
        auto reader = CsvReader::fromText(text.toStdString());
        QVERIFY(reader);
        QCOMPARE((*reader)->delimiter(), delimiter);
    }

    void recordsFollowRfc4180_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("secondRow");
        QTest::addColumn<int>("line");
        QTest::newRow("plain") << QByteArray("h1,h2\na,b\n") << QStringList{"a", "b"} << 2;
        QTest::newRow("CRLF") << QByteArray("h1,h2\r\na,b\r\n") << QStringList{"a", "b"} << 2;
        QTest::newRow("quoted comma and doubled quote")
            << QByteArray("h1,h2\n\"a, \"\"x\"\"\",b\n") << QStringList{"a, \"x\"", "b"} << 2;
        QTest::newRow("line break inside quotes")
            << QByteArray("h1,h2\n\"one\ntwo\",b\n") << QStringList{"one\ntwo", "b"} << 2;
        QTest::newRow("BOM dropped")
            << QByteArray("\xEF\xBB\xBFh1,h2\na,b") << QStringList{"a", "b"} << 2;
        QTest::newRow("empty fields")
            << QByteArray("h1,h2,h3\n,,\n") << QStringList{"", "", ""} << 2;
        QTest::newRow("blank lines skipped, line counted")
            << QByteArray("h1,h2\n\n\na,b\n") << QStringList{"a", "b"} << 4;
        QTest::newRow("quote inside an unquoted field kept")
            << QByteArray("h1,h2\n5\" gun,b\n") << QStringList{"5\" gun", "b"} << 2;
        QTest::newRow("UTF-8 text")
            << QByteArray("h1,h2\nАлматы,Қазақстан\n") << QStringList{"Алматы", "Қазақстан"} << 2;
    }
    void recordsFollowRfc4180() {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, secondRow);
        QFETCH(int, line);
        auto reader = CsvReader::fromText(text.toStdString());
        QVERIFY(reader);
        QCOMPARE((*reader)->header().front(), std::string("h1"));
        std::vector<std::int64_t> lines;
        const auto rows = readAll(**reader, &lines);
        QCOMPARE(rows.size(), std::size_t(1));
        QStringList got;
        for (const auto& f : rows.front())
            got << QString::fromStdString(f);
        QCOMPARE(got, secondRow);
        QCOMPARE(lines.front(), std::int64_t(line));
    }

    void lineNumbersCountQuotedLineBreaks() {
        auto reader = CsvReader::fromText("h\n\"a\nb\nc\"\nd\n");
        QVERIFY(reader);
        std::vector<std::int64_t> lines;
        const auto rows = readAll(**reader, &lines);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(lines, (std::vector<std::int64_t>{2, 5}));
    }

    void brokenFilesNameTheLine_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unterminated quote")
            << QByteArray("h1,h2\na,b\n\"open,c\n")
            << QStringLiteral("line 3: a quoted field is not closed");
        QTest::newRow("Latin-1") << QByteArray("h1,h2\na,b\nM\xFCnchen,c\n")
                                 << QStringLiteral("line 3: invalid UTF-8");
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFEh\0,\0") << QStringLiteral("UTF-16");
    }
    void brokenFilesNameTheLine() {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        auto reader = CsvReader::fromText(text.toStdString(), {}, "data.csv");
        std::string message;
        if (!reader) {
            message = reader.error().message;
        } else {
            std::vector<std::string> fields;
            for (;;) {
                auto got = (*reader)->next(fields);
                if (!got) {
                    message = got.error().message;
                    break;
                }
                if (!*got)
                    break;
            }
        }
        QVERIFY2(QString::fromStdString(message).contains(expected), message.c_str());
    }

    void streamsAFileLargerThanItsBuffer() {
        const QString path = QDir::temp().filePath(QStringLiteral("tst_csv_reader_big.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("id,text\n");
            for (int i = 0; i < 60000; ++i)
                // Quoted fields with doubled quotes, so that chunk boundaries fall inside them.
                f.write(QStringLiteral("%1,\"row %1, with a comma, \"\"quotes\"\" and padding "
                                       "text to make it long\"\n")
                            .arg(i)
                            .toUtf8());
        }
        auto reader = CsvReader::open(path.toStdString());
        QVERIFY(reader);
        std::vector<std::int64_t> lines;
        const auto rows = readAll(**reader, &lines);
        QCOMPARE(rows.size(), std::size_t(60000));
        QCOMPARE(rows[45000][0], std::string("45000"));
        for (const auto& row : rows)
            QCOMPARE(row.size(), std::size_t(2));
        QCOMPARE(
            rows[59999][1],
            std::string("row 59999, with a comma, \"quotes\" and padding text to make it long"));
        QCOMPARE(lines.back(), std::int64_t(60001));
        QCOMPARE((*reader)->progress(), 1.0);
        QFile::remove(path);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
