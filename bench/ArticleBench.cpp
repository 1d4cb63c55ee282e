#include "ArticleBench.h"

#include "BenchReport.h"
#include "formats/HtmlArticleReader.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <map>
#include <zlib.h>

namespace ct::bench {

namespace {

struct Page {
    std::string id;
    std::string html;
    std::string truth;
    std::optional<Date> published; // as the page states it
};

std::filesystem::path sharedDir() {
    if (const char* env = std::getenv("CT_SHARED_DIR"))
        return env;
    return std::filesystem::path(CT_SOURCE_DIR) / ".." / "shared";
}

std::string gunzip(const std::filesystem::path& path) {
    std::string out;
    gzFile f = gzopen(path.c_str(), "rb");
    if (!f)
        return out;
    char buffer[65536];
    int n = 0;
    while ((n = gzread(f, buffer, sizeof buffer)) > 0)
        out.append(buffer, std::size_t(n));
    gzclose(f);
    return out;
}

// Python's re `\w+` over Unicode text: runs of letters, digits and underscores.
QStringList tokens(const QString& text) {
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == QLatin1Char('_')) {
            current += c;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

QHash<QString, int> shingles(const QString& text) {
    const QStringList t = tokens(text);
    QHash<QString, int> out;
    const qsizetype count = std::max<qsizetype>(1, t.size() - 3);
    for (qsizetype i = 0; i < count; ++i) {
        const QString s = t.mid(i, 4).join(QChar(0x1F));
        if (!s.isEmpty())
            ++out[s];
    }
    return out;
}

struct Score {
    double precision = 0, recall = 0;
    bool hasPrecision = false, hasRecall = false;
};

// The benchmark's evaluate.py, as score_articles.py re-implements it.
Score scorePage(const std::string& truth, const std::string& predicted) {
    const auto ts = shingles(QString::fromStdString(truth));
    const auto ps = shingles(QString::fromStdString(predicted));
    double tp = 0, fp = 0, fn = 0;
    for (auto it = ts.begin(); it != ts.end(); ++it) {
        const int p = ps.value(it.key(), 0);
        tp += std::min(it.value(), p);
        fn += std::max(0, it.value() - p);
        fp += std::max(0, p - it.value());
    }
    for (auto it = ps.begin(); it != ps.end(); ++it)
        if (!ts.contains(it.key()))
            fp += it.value();
    const double sum = tp + fp + fn;
    if (sum > 0) {
        tp /= sum;
        fp /= sum;
        fn /= sum;
    }
    Score s;
    const bool bothEmpty = fp == 0 && fn == 0;
    s.precision = bothEmpty ? 1.0 : (tp == 0 && fp == 0) ? 0.0 : tp / (tp + fp);
    s.recall = bothEmpty ? 1.0 : (tp == 0 && fn == 0) ? 0.0 : tp / (tp + fn);
    s.hasPrecision = tp + fp > 0;
    s.hasRecall = tp + fn > 0;
    return s;
}

std::vector<Page> loadPages(const std::filesystem::path& dir) {
    std::vector<Page> pages;
    QFile truthFile(QString::fromStdString((dir / "ground-truth.json").string()));
    if (!truthFile.open(QIODevice::ReadOnly))
        return pages;
    const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();
    std::map<std::string, Date> dates;
    std::ifstream tsv(dir / "pubdates.tsv");
    std::string line;
    while (std::getline(tsv, line)) {
        const auto tab = line.find('\t');
        if (tab == std::string::npos)
            continue;
        if (auto d = parseIsoDate(line.substr(tab + 1, 10)))
            dates[line.substr(0, tab)] = *d;
    }
    for (auto it = truth.begin(); it != truth.end(); ++it) {
        Page p;
        p.id = it.key().toStdString();
        p.truth =
            it.value().toObject().value(QLatin1String("articleBody")).toString().toStdString();
        p.html = gunzip(dir / "html" / (p.id + ".html.gz"));
        if (const auto d = dates.find(p.id); d != dates.end())
            p.published = d->second;
        pages.push_back(std::move(p));
    }
    return pages;
}

// The body as scored: the article's paragraphs without the title line the reader puts first.
std::string bodyOf(const ReadArticle& a) {
    if (a.paragraphs.size() < 2)
        return {};
    return a.text.substr(a.paragraphs[1].begin);
}

} // namespace

void benchArticles(bool quick, const std::filesystem::path& outDir, bool verbose) {
    const std::filesystem::path dir = sharedDir() / "eval" / "article-pages";
    std::vector<Page> pages = loadPages(dir);
    if (pages.empty()) {
        std::fprintf(stderr, "article benchmark skipped: no pages in %s\n", dir.c_str());
        return;
    }
    if (!outDir.empty())
        std::filesystem::create_directories(outDir);
    const HtmlArticleReader reader;
    double precisionSum = 0, recallSum = 0;
    int precisionPages = 0, recallPages = 0, stated = 0, found = 0;
    for (const Page& p : pages) {
        const auto read = reader.read(p.html, p.id + ".html");
        const std::string body = read ? bodyOf(read->front()) : std::string();
        const Score s = scorePage(p.truth, body);
        if (s.hasPrecision) {
            precisionSum += s.precision;
            ++precisionPages;
        }
        if (s.hasRecall) {
            recallSum += s.recall;
            ++recallPages;
        }
        bool dateRight = false;
        if (p.published) {
            ++stated;
            const auto& got = read ? read->front().published : std::nullopt;
            dateRight = got && std::abs((*got - *p.published).days()) <= 1;
            found += dateRight ? 1 : 0;
        }
        if (verbose)
            std::fprintf(stderr, "%s\tP=%.3f\tR=%.3f\tdate=%s\t%s\t%s\n", p.id.c_str(), s.precision,
                         s.recall, p.published ? (dateRight ? "right" : "WRONG") : "-",
                         read ? read->front().publishedEvidence.c_str()
                              : read.error().message.c_str(),
                         read ? read->front().title.c_str() : "");
        if (!outDir.empty())
            std::ofstream(outDir / (p.id + ".txt"), std::ios::binary) << body;
    }
    const double precision = precisionPages ? precisionSum / precisionPages : 0;
    const double recall = recallPages ? recallSum / recallPages : 0;
    const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    report("article_f1", f1, "ratio");
    report("article_precision", precision, "ratio");
    report("article_recall", recall, "ratio");
    report("pubdate_found_share", stated ? double(found) / stated : 0, "ratio");

    // Processor time of this one thread: "pages per second on one core" whatever else the
    // (shared) machine is doing.
    const int rounds = quick ? 1 : 5;
    const std::clock_t t0 = std::clock();
    std::size_t ok = 0;
    for (int r = 0; r < rounds; ++r)
        for (const Page& p : pages)
            ok += reader.read(p.html, p.id + ".html") ? 1 : 0;
    const double seconds = double(std::clock() - t0) / CLOCKS_PER_SEC;
    report("article_pages_per_s", double(rounds) * double(pages.size()) / seconds, "pages/s");
    require(ok > 0, "the reader reads the saved news pages");
    require(quick || f1 > 0.5, "article extraction works at all");
}

} // namespace ct::bench
