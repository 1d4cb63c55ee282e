#include "common/Sha256.h"

#include <QtTest/QTest>
#include <string>

using namespace ct;

class TestSha256 : public QObject {
    Q_OBJECT
private slots:
    // FIPS 180-4 example vectors (NIST CSRC "SHA256.pdf") plus padding edge cases
    // whose digests were checked against sha256sum.
    void knownVectors_data() {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty message")
            << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("abc (one block)")
            << QByteArray("abc")
            << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::newRow("448-bit message (two blocks)")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        QTest::newRow("896-bit message")
            << QByteArray("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                          "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
            << "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1";
        QTest::newRow("one million 'a'")
            << QByteArray(1000000, 'a')
            << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
        QTest::newRow("55 bytes (length fits the first block)")
            << QByteArray(55, 'a')
            << "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318";
        QTest::newRow("56 bytes (length spills into a second block)")
            << QByteArray(56, 'a')
            << "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a";
        QTest::newRow("64 bytes (exactly one block of data)")
            << QByteArray(64, 'a')
            << "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb";
    }
    void knownVectors() {
        QFETCH(QByteArray, message);
        QFETCH(QString, digest);
        const std::string hex = sha256Hex(std::string_view(message.constData(), message.size()));
        QCOMPARE(QString::fromStdString(hex), digest);
    }

    void differentTextGivesDifferentHash() {
        QVERIFY(sha256Hex("Putin and Tokayev") != sha256Hex("Putin and Tokayev."));
        QCOMPARE(sha256Hex("same"), sha256Hex(std::string("same")));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
