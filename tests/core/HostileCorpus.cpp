#include "HostileCorpus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

HostileCorpus::HostileCorpus(std::uint32_t seed, QByteArray validArticle)
    : m_state(seed * 0x9E3779B97F4A7C15ull + 1), m_valid(std::move(validArticle)) {}

// xorshift64*: tiny, fast and identical on every platform (std distributions are not).
std::uint32_t HostileCorpus::next() {
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    return std::uint32_t((m_state * 0x2545F4914F6CDD1Dull) >> 32);
}

QByteArray HostileCorpus::randomBytes(int n) {
    QByteArray out(n, '\0');
    for (int i = 0; i < n; ++i)
        out[i] = char(next() & 0xff);
    return out;
}

QByteArray HostileCorpus::mutate(QByteArray text, int flips) {
    for (int i = 0; i < flips && !text.isEmpty(); ++i) {
        const int at = below(int(text.size()));
        switch (below(4)) {
        case 0: text[at] = char(next() & 0xff); break;
        case 1: text.remove(at, below(40)); break;
        case 2: text.insert(at, text.mid(below(int(text.size())), below(80))); break;
        default: text.truncate(at); break;
        }
    }
    return text;
}

QVector<HostileFile> HostileCorpus::generate(int count, bool includeHuge) {
    const QByteArray body = "Title\n\nTroops arrived in Almaty on Thursday, officials said.\n";
    QVector<HostileFile> files;
    for (int i = 0; i < count; ++i) {
        HostileFile f;
        f.name = QStringLiteral("file %1.txt").arg(i, 4, 10, QLatin1Char('0'));
        switch (i % 17) {
        case 0: f.kind = "random bytes"; f.bytes = randomBytes(1 + below(4096)); break;
        case 1: f.kind = "NUL bytes"; f.bytes = body; f.bytes.insert(below(int(body.size())), QByteArray(1 + below(3), '\0')); break;
        case 2: f.kind = "truncated UTF-8"; f.bytes = body + QByteArray("\xce\x9a\xce", 3); break;
        case 3: f.kind = "overlong encoding"; f.bytes = body + (below(2) ? QByteArray("\xc0\xaf") : QByteArray("\xe0\x80\xaf")); break;
        case 4: {
            f.kind = "UTF-16LE with BOM";
            const QString s = QString::fromUtf8(body);
            f.bytes = QByteArray("\xff\xfe") + QByteArray(reinterpret_cast<const char*>(s.utf16()), s.size() * 2);
            break;
        }
        case 5: {
            f.kind = "UTF-16BE without BOM";
            for (const QChar c : QString::fromUtf8(body)) {
                f.bytes.append(char(c.unicode() >> 8));
                f.bytes.append(char(c.unicode() & 0xff));
            }
            break;
        }
        case 6: f.kind = "Latin-1"; f.bytes = "Caf\xe9\n\nThe caf\xe9 in Almaty closed on Monday.\n"; break;
        case 7: f.kind = "repeated punctuation"; f.bytes = "Title\n\n" + QByteArray(". ?! \"' ;", 9).repeated(2000 + below(20000)); break;
        case 8: f.kind = "date-like tokens"; f.bytes = "Title\n\n" + QByteArray("Monday Friday on Thursday ").repeated(200 + below(5000)) + "."; break;
        case 9: f.kind = "very long word"; f.bytes = "Title\n\n" + QByteArray(10000 + below(200000), 'a') + " on Monday.\n"; break;
        case 10: f.kind = "control characters"; f.bytes = "Title\n\nTroops\x01\x02\x1b[31m arrived\x7f on \x0bThursday\x0c.\r\n"; break;
        case 11: f.kind = "right-to-left and combining"; f.bytes = "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d\n\n\xe2\x80\x8f" "Talks in Gaza resumed on Monday e\xcc\x81\xcc\x81\xcc\x81 \xd8\xa7\xd9\x84\xd9\x82\xd8\xaf\xd8\xb3.\n"; break;
        case 12: f.kind = "SQL and quotes"; f.bytes = "x'); DROP TABLE events;--\n\nRobert\"); DELETE FROM articles; -- said on Monday 'it' \"was\" `fine`.\n"; break;
        case 13: f.kind = "non-ASCII file name"; f.name = QStringLiteral("Καζακστάν %1 статья.txt").arg(i); f.bytes = mutate(m_valid, 2); break;
        case 14: f.kind = "empty or blank"; f.bytes = QByteArray(below(50), below(2) ? ' ' : '\n'); break;
        case 15: f.kind = "mutated article"; f.bytes = mutate(m_valid, 1 + below(12)); break;
        default: f.kind = "mutated random tail"; f.bytes = m_valid.left(below(int(m_valid.size()))) + randomBytes(below(64)); break;
        }
        files << f;
    }
    if (includeHuge) {
        files << HostileFile{QStringLiteral("one 50 MB line.txt"), QByteArray(50 * 1024 * 1024, 'x'), "50 MB single line"};
        files << HostileFile{QStringLiteral("empty lines.txt"), "Title\n" + QByteArray(100000, '\n') + "Talks on Monday.\n", "100,000 empty lines"};
        files << HostileFile{QStringLiteral("mondays.txt"), "Title\n\n" + QByteArray("Monday ").repeated(500000), "500,000 weekday tokens"};
        // Web pages: the HTML and MHTML readers get them by their names and content.
        files << HostileFile{QStringLiteral("nested divs.html"), "<!DOCTYPE html><html><body>" + QByteArray("<div>").repeated(1000000) + "Talks on Monday.", "1,000,000 nested <div>s"};
        files << HostileFile{QStringLiteral("cut off page.html"), "<!DOCTYPE html><html><head><title>Talks</title></head><body><article><p>Talks resumed in Almaty on Monday, officials said, after a week of del", "page cut off mid-paragraph"};
        files << HostileFile{QStringLiteral("empty body.html"), "<!DOCTYPE html><html><head><title>T</title></head><body></body></html>", "page with an empty body"};
        files << HostileFile{QStringLiteral("junk page.html"), "<!DOCTYPE html>" + randomBytes(20000), "doctype then binary junk"};
        files << HostileFile{QStringLiteral("broken archive.mhtml"), "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n" + randomBytes(5000), "MHTML with a junk base64 part"};
    }
    return files;
}

QVector<HostileFile> HostileCorpus::formatFiles(const QString& fixtureDir, int perFixture) {
    QVector<HostileFile> files;
    const QDir dir(fixtureDir);
    for (const QString& name : dir.entryList({"*.pdf", "*.docx", "*.odt", "*.eml"}, QDir::Files,
                                             QDir::Name)) {
        QFile in(dir.filePath(name));
        if (!in.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = in.readAll();
        const QString ext = QFileInfo(name).suffix();
        files << HostileFile{QStringLiteral("whole %1").arg(name), bytes, "format fixture as is"};
        for (int i = 0; i < perFixture; ++i) {
            files << HostileFile{QStringLiteral("truncated %1 %2.%3").arg(name).arg(i).arg(ext),
                                 bytes.left(below(int(bytes.size()))), "truncated " + ext};
            files << HostileFile{QStringLiteral("flipped %1 %2.%3").arg(name).arg(i).arg(ext),
                                 mutate(bytes, 1 + below(24)), "bytes flipped in " + ext};
            files << HostileFile{QStringLiteral("junk after magic %1 %2.%3").arg(name).arg(i).arg(ext),
                                 bytes.left(8 + below(64)) + randomBytes(below(2048)),
                                 "magic bytes then junk, " + ext};
        }
    }
    return files;
}
