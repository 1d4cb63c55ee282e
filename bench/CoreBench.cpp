#include "CoreBench.h"

#include "BenchReport.h"
#include "common/Sha256.h"
#include "extract/EventExtractor.h"
#include "extract/Gazetteer.h"
#include "import/ImportBatch.h"
#include "import/ImportPipeline.h"
#include "import/Importer.h"
#include "store/EventStore.h"
#include "store/Sqlite.h"
#include "synth/ArticleGenerator.h"
#include "text/ArticleParser.h"
#include "text/SentenceSplitter.h"

#include <algorithm>
#include <fstream>
#include <unordered_map>
#include <vector>

namespace ct::bench {
namespace {

const Gazetteer& gazetteer() {
    static const Gazetteer g = [] {
        auto loaded = Gazetteer::load(CT_SOURCE_DIR "/resources/gazetteer.tsv");
        require(loaded.ok(), "the gazetteer loads");
        return std::move(*loaded);
    }();
    return g;
}

} // namespace

void benchExtraction(const CoreSizes& sizes) {
    ArticleGenerator generator(1);
    std::vector<GeneratedArticle> articles;
    std::size_t sentences = 0;
    while (sentences < sizes.sentences) {
        articles.push_back(generator.next());
        sentences += SentenceSplitter::split(articles.back().text).size();
    }
    const EventExtractor extractor(gazetteer());
    std::size_t events = 0;
    const double t0 = nowMs();
    for (const auto& a : articles) {
        const ParsedArticle parsed = ArticleParser::parse(a.text);
        events += extractor.extract(parsed, a.published).size();
    }
    const double ms = nowMs() - t0;
    require(events > sentences / 4, "generated articles yield events");
    report("extract_sentences_per_s", sentences / (ms / 1000.0), "sentences/s");
    report("extract_events", double(events), "events");
}

namespace {

struct PreparedArticle {
    Article article;
    std::vector<Event> events;
};

// The rows the importer would store for a file, prepared outside any timing.
PreparedArticle prepare(const GeneratedArticle& generated, const EventExtractor& extractor) {
    const ParsedArticle parsed = ArticleParser::parse(generated.text);
    PreparedArticle p;
    p.article.contentHash = sha256Hex(generated.text);
    p.article.title = parsed.title;
    p.article.lede = parsed.lede;
    p.article.source = parsed.source;
    p.article.fileName = generated.fileName;
    p.article.tags = parsed.tags;
    p.article.published = parsed.published.value_or(generated.published);
    p.article.text = generated.text;
    p.events = extractor.extract(parsed, p.article.published);
    return p;
}

sql::Statement prepared(sql::Connection& db, const char* text) {
    auto stmt = db.prepare(text);
    require(stmt.ok(), "a bare insert statement prepares");
    return std::move(*stmt);
}

// The same rows with nothing but prepared statements, reused, and a map for the names: what the
// store's insert phase is compared with. One transaction per article, so that only the store's
// own work (checks, lookups, error values) differs; or `batched`, in transactions as the import
// command commits them (ImportBatch's defaults: 1,024 files or a second), which is the most
// articles per second SQLite can store these rows at, before any merging.
double bareInsertMs(const std::filesystem::path& path, const std::vector<PreparedArticle>& rows,
                    bool batched) {
    {
        auto store = EventStore::open(path); // the schema, nothing else
        require(store.ok(), "the bare database is created");
    }
    auto conn = sql::Connection::open(path.string(), sql::Connection::Mode::ReadWrite);
    require(conn.ok(), "the bare database opens");
    sql::Connection& db = *conn;
    // The store's own connection settings.
    require(db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size ="
                    " -65536; PRAGMA temp_store = MEMORY; PRAGMA journal_mode = WAL;"
                    " PRAGMA wal_autocheckpoint = 4000")
                .ok(),
            "pragmas apply");
    auto article = prepared(db, "INSERT INTO articles(content_hash, title, lede, source, file_name,"
                                " published_day, text, imported_at) VALUES (?,?,?,?,?,?,?,?)");
    auto tag = prepared(db, "INSERT INTO article_tags(article_id, position, tag) VALUES (?,?,?)");
    auto event = prepared(
        db, "INSERT INTO events(article_id, start_day, end_day, precision, fuzzy, title, sentence,"
            " sentence_begin, sentence_end, date_text, resolution, confidence, user_created,"
            " user_edited, primary_actor_id, primary_place_id) VALUES"
            " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    auto window = prepared(db, "INSERT INTO events_window(id, start_day, end_day) VALUES (?,?,?)");
    auto text = prepared(db, "INSERT INTO events_fts(rowid, title, sentence) VALUES (?,?,?)");
    auto actor = prepared(db, "INSERT INTO actors(name) VALUES (?)");
    auto place = prepared(db, "INSERT INTO places(name) VALUES (?)");
    auto actorLink =
        prepared(db, "INSERT INTO event_actors(event_id, position, actor_id) VALUES (?,?,?)");
    auto placeLink =
        prepared(db, "INSERT INTO event_places(event_id, position, place_id) VALUES (?,?,?)");
    std::unordered_map<std::string, std::int64_t> actorIds, placeIds;
    auto idOf = [&](std::unordered_map<std::string, std::int64_t>& ids, sql::Statement& insert,
                    const std::string& name) {
        const auto it = ids.find(name);
        if (it != ids.end())
            return it->second;
        require(insert.bind(1, name).run().ok(), "a name is inserted");
        return ids.emplace(name, db.lastInsertId()).first->second;
    };
    auto run = [](sql::Statement& s) { require(s.run().ok(), "a bare insert runs"); };

    const double t0 = nowMs();
    std::size_t inBatch = 0;
    double batchOpened = 0;
    for (const PreparedArticle& row : rows) {
        if (inBatch == 0) {
            require(db.exec("BEGIN IMMEDIATE").ok(), "a transaction begins");
            batchOpened = nowMs();
        }
        const Article& a = row.article;
        article.bind(1, a.contentHash).bind(2, a.title).bind(3, a.lede).bind(4, a.source);
        article.bind(5, a.fileName).bind(6, std::int64_t(toDayNumber(a.published)));
        article.bind(7, a.text).bind(8, std::string_view("2024-01-01T00:00:00Z"));
        run(article);
        const std::int64_t articleId = db.lastInsertId();
        for (std::size_t i = 0; i < a.tags.size(); ++i) {
            tag.bind(1, articleId).bind(2, std::int64_t(i)).bind(3, a.tags[i]);
            run(tag);
        }
        for (const Event& e : row.events) {
            std::vector<std::int64_t> actors, places;
            auto add = [](std::vector<std::int64_t>& ids, std::int64_t id) {
                if (std::find(ids.begin(), ids.end(), id) == ids.end())
                    ids.push_back(id);
            };
            for (const auto& name : e.actors)
                if (!name.empty())
                    add(actors, idOf(actorIds, actor, name));
            for (const auto& name : e.places)
                if (!name.empty())
                    add(places, idOf(placeIds, place, name));
            const auto start = std::int64_t(toDayNumber(e.when.start));
            const auto end = std::int64_t(toDayNumber(e.when.end));
            event.bind(1, articleId).bind(2, start).bind(3, end);
            event.bind(4, std::string_view(toText(e.when.precision))).bind(5, e.when.fuzzy ? 1 : 0);
            event.bind(6, e.title).bind(7, e.sentence).bind(8, e.sentenceBegin);
            event.bind(9, e.sentenceEnd).bind(10, e.dateText).bind(11, e.resolution);
            event.bind(12, e.confidence).bind(13, e.userCreated ? 1 : 0);
            event.bind(14, e.userEdited ? 1 : 0);
            actors.empty() ? event.bindNull(15) : event.bind(15, actors.front());
            places.empty() ? event.bindNull(16) : event.bind(16, places.front());
            run(event);
            const std::int64_t id = db.lastInsertId();
            window.bind(1, id).bind(2, start).bind(3, end);
            run(window);
            text.bind(1, id).bind(2, e.title).bind(3, e.sentence);
            run(text);
            for (std::size_t i = 0; i < actors.size(); ++i) {
                actorLink.bind(1, id).bind(2, std::int64_t(i)).bind(3, actors[i]);
                run(actorLink);
            }
            for (std::size_t i = 0; i < places.size(); ++i) {
                placeLink.bind(1, id).bind(2, std::int64_t(i)).bind(3, places[i]);
                run(placeLink);
            }
        }
        ++inBatch;
        if (!batched || inBatch == 1024 || nowMs() - batchOpened >= 1000.0) {
            require(db.exec("COMMIT").ok(), "a transaction commits");
            inBatch = 0;
        }
    }
    if (inBatch > 0)
        require(db.exec("COMMIT").ok(), "the last transaction commits");
    return nowMs() - t0;
}

std::int64_t countRows(const std::filesystem::path& path, const char* table) {
    auto conn = sql::Connection::open(path.string(), sql::Connection::Mode::ReadOnly);
    require(conn.ok(), "a database opens for counting");
    auto stmt = conn->prepare(std::string("SELECT count(*) FROM ") + table);
    require(stmt.ok() && *stmt->step(), "rows are counted");
    return stmt->columnInt(0);
}

} // namespace

void benchImport(const CoreSizes& sizes, const std::filesystem::path& dir) {
    const std::filesystem::path articles = dir / ("articles-" + std::to_string(sizes.articles));
    std::filesystem::remove_all(articles);
    std::filesystem::create_directories(articles);
    ArticleGenerator generator(7, Date(2020, 1, 1), sizes.articleSpanDays);
    std::vector<GeneratedArticle> generated;
    std::vector<std::filesystem::path> files;
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < sizes.articles; ++i) {
        generated.push_back(generator.next());
        files.push_back(articles / generated.back().fileName);
        std::ofstream(files.back(), std::ios::binary) << generated.back().text;
        bytes += generated.back().text.size();
    }

    // End to end, from the files, as `crisis-timeline import` does it.
    const std::filesystem::path importDb = dir / "import.sqlite";
    const std::filesystem::path bareDb = dir / "bare.sqlite";
    for (const auto& p : {importDb, bareDb})
        for (const char* suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(p.string() + suffix);
    auto store = EventStore::open(importDb);
    require(store.ok(), "the import database is created");
    Importer importer(*store, gazetteer());
    ImportBatch batch(*store);
    std::size_t events = 0;
    double commitMs = 0; // the batches' commits: the deferred refreshes and SQLite's commit
    const double t0 = nowMs();
    const double cpu0 = threadCpuMs();
    std::vector<ImportSource> sources;
    for (const auto& file : files)
        sources.push_back({file, {}, {}, {}});
    // As the command does it: files read and extracted on a worker thread ahead of the store.
    ImportPipeline pipeline(importer, std::move(sources));
    for (std::size_t i = 0; i < files.size(); ++i) {
        require(batch.beforeFile().ok(), "an import batch opens");
        auto report = importer.store(pipeline.take());
        require(report.ok() && !report->duplicate, "every generated article imports");
        const double c0 = nowMs();
        require(batch.afterFile().ok(), "an import batch commits");
        commitMs += nowMs() - c0;
        events += report->eventCount;
    }
    const double c0 = nowMs();
    require(batch.finish().ok(), "the last import batch commits");
    commitMs += nowMs() - c0;
    const double ms = nowMs() - t0;
    const double storingCpuMs = threadCpuMs() - cpu0;
    const ImportPhaseTimes& times = importer.phaseTimes();
    report("import_articles_per_s", double(files.size()) / (ms / 1000.0), "articles/s");
    report("import_events", double(events), "events");
    report("import_mb_per_s", double(bytes) / 1e6 / (ms / 1000.0), "MB/s");
    report("import_store_ms", times.storeMs, "ms");
    report("import_extract_ms", times.extractMs + times.parseMs, "ms");
    report("import_commit_ms", commitMs, "ms");
    // The CPU time of this thread, which stores and commits (the worker extracts): on a shared
    // machine it moves far less with the load than the wall-clock figures above.
    report("import_store_cpu_ms", storingCpuMs, "ms");

    // The same rows, prepared here outside the timing, through a bare statement loop.
    const EventExtractor extractor(gazetteer());
    std::vector<PreparedArticle> rows;
    rows.reserve(generated.size());
    for (const auto& g : generated)
        rows.push_back(prepare(g, extractor));
    const double bareMs = bareInsertMs(bareDb, rows, false);
    report("import_bare_insert_ms", bareMs, "ms");
    report("import_vs_bare_insert_ratio", bareMs / std::max(times.storeMs, 1e-3), "x");
    // The ceiling for import_articles_per_s with this schema on this machine: the rows alone, in
    // the import's batches, with no merging, no extraction and nothing read back.
    const std::filesystem::path batchedDb = dir / "bare-batched.sqlite";
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(batchedDb.string() + suffix);
    const double batchedMs = bareInsertMs(batchedDb, rows, true);
    report("import_bare_batched_articles_per_s", double(rows.size()) / (batchedMs / 1000.0),
           "articles/s");
    report("import_vs_bare_batched_ratio", batchedMs / std::max(ms, 1e-3), "x");
    require(countRows(batchedDb, "events") == countRows(bareDb, "events"),
            "the batched bare loop stores the rows the per-article one stored");
    // Each extracted event is one report; merging makes fewer events than reports.
    require(countRows(importDb, "articles") == countRows(bareDb, "articles"),
            "the bare loop stores exactly the articles the import stored");
    require(countRows(importDb, "reports") == countRows(bareDb, "events"),
            "the bare loop stores one event per report the import stored");
    report("import_merged_events", double(countRows(importDb, "events")), "events");
}

} // namespace ct::bench
