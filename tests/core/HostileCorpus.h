#pragma once

// Deterministic generator of malformed article files for the reliability
// tests: every kind of damage a scraped, forwarded or half-downloaded file shows.
#include <QByteArray>
#include <QString>
#include <QVector>

#include <cstdint>

struct HostileFile {
    QString name;     // file name, some with spaces and non-ASCII
    QByteArray bytes;
    QString kind;     // what is wrong with it, for failure messages
};

class HostileCorpus {
public:
    explicit HostileCorpus(std::uint32_t seed, QByteArray validArticle);
    // count small files plus the few large ones (50 MB line, 100,000 empty lines, …).
    QVector<HostileFile> generate(int count, bool includeHuge);
    // Damaged PDF, DOCX, ODT and e-mail files: the fixtures in `fixtureDir` truncated, with
    // bytes flipped, or with their magic bytes followed by junk; `perFixture` of each kind.
    QVector<HostileFile> formatFiles(const QString& fixtureDir, int perFixture);

private:
    QByteArray randomBytes(int n);
    QByteArray mutate(QByteArray text, int flips);
    std::uint32_t next();
    int below(int n) { return int(next() % std::uint32_t(n)); }

    std::uint64_t m_state;
    QByteArray m_valid;
};
