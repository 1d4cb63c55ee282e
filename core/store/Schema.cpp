#include "store/StoreImpl.h"

#include <algorithm>
#include <array>

namespace ct::store {

namespace {

// Marks the file as ours (PRAGMA application_id, "CTim"): a stranger's SQLite
// database is refused rather than having our tables added next to its own.
constexpr std::int64_t kApplicationId = 0x4354696d;

// Version 1. Dates are day numbers (ct::toDayNumber). The R*Tree mirrors each
// event's [start_day, end_day] so "overlapping [from, to]" is an index search
// whatever the events' durations; a B-tree on start_day alone would need a
// maximum-duration bound, which one "since 1991" range would make the whole table.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE articles(
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    lede TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL DEFAULT '',
    published_day INTEGER,
    text TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX articles_by_published ON articles(published_day);

CREATE TABLE article_tags(
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY(article_id, position)
) WITHOUT ROWID;

CREATE TABLE events(
    id INTEGER PRIMARY KEY,
    article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    start_day INTEGER NOT NULL,
    end_day INTEGER NOT NULL,
    precision TEXT NOT NULL CHECK(precision IN ('day', 'month', 'year', 'range')),
    fuzzy INTEGER NOT NULL DEFAULT 0 CHECK(fuzzy IN (0, 1)),
    title TEXT NOT NULL,
    sentence TEXT NOT NULL DEFAULT '',
    sentence_begin INTEGER NOT NULL DEFAULT 0,
    sentence_end INTEGER NOT NULL DEFAULT 0,
    date_text TEXT NOT NULL DEFAULT '',
    resolution TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL DEFAULT 1.0,
    user_created INTEGER NOT NULL DEFAULT 0 CHECK(user_created IN (0, 1)),
    user_edited INTEGER NOT NULL DEFAULT 0 CHECK(user_edited IN (0, 1)),
    -- Copies of position 0 in event_actors/event_places, written with them: the
    -- timeline reads them for every row, and a lookup per row per table is what
    -- made a million-row read slow. No REFERENCES, as that would cost a parent
    -- lookup on every insert for ids the store itself just resolved.
    primary_actor_id INTEGER,
    primary_place_id INTEGER,
    CHECK(end_day >= start_day)
);
-- Serves the unfiltered timeline in (start_day, id) order without a sort.
CREATE INDEX events_by_start ON events(start_day);
CREATE INDEX events_by_article ON events(article_id);
-- extent()'s max(end_day) without a scan.
CREATE INDEX events_by_end ON events(end_day);

CREATE TABLE actors(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);

-- position 0 is the primary actor/place: the timeline's lane key.
CREATE TABLE event_actors(
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    PRIMARY KEY(event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_actors_by_actor ON event_actors(actor_id, event_id);
CREATE TABLE event_places(
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    place_id INTEGER NOT NULL REFERENCES places(id),
    PRIMARY KEY(event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_places_by_place ON event_places(place_id, event_id);

CREATE VIRTUAL TABLE events_window USING rtree_i32(id, start_day, end_day);

-- External content: the text lives once, in events. Deletes and updates (also
-- ON DELETE CASCADE from articles) reach the window and text indexes through
-- triggers. Inserts do not: insertEventRow writes both rows itself, because an
-- INSERT that fires a trigger is a multi-row write needing a statement journal,
-- which made imports about three times slower.
CREATE VIRTUAL TABLE events_fts USING fts5(
    title, sentence, content='events', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');

CREATE TRIGGER events_after_delete AFTER DELETE ON events BEGIN
    DELETE FROM events_window WHERE id = old.id;
    INSERT INTO events_fts(events_fts, rowid, title, sentence)
        VALUES ('delete', old.id, old.title, old.sentence);
END;
CREATE TRIGGER events_after_update_days AFTER UPDATE OF start_day, end_day ON events BEGIN
    UPDATE events_window SET start_day = new.start_day, end_day = new.end_day WHERE id = new.id;
END;
CREATE TRIGGER events_after_update_text AFTER UPDATE OF title, sentence ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, title, sentence)
        VALUES ('delete', old.id, old.title, old.sentence);
    INSERT INTO events_fts(rowid, title, sentence) VALUES (new.id, new.title, new.sentence);
END;
)sql";

// Version 2: the timeline loads every event's placement from one covering index, in start
// order, without reading the table and its text — the table is five times larger. Its prefix
// serves everything events_by_start did.
constexpr const char* kSchemaV2 = R"sql(
CREATE INDEX events_timeline ON events(start_day, end_day, precision, fuzzy, user_edited,
    article_id, primary_actor_id, primary_place_id);
DROP INDEX events_by_start;
)sql";

// Version 3: stories. An event is a happening; a report is one telling of it (a sentence of an
// article, a data set's row, a user's note). Every version-2 event becomes an event with one
// report, so nothing and no user edit is lost. The event keeps copies of what its reports agree
// on (date, counts, first report's sentence) so that the timeline still reads events alone.
//
// Report keys name a report by what stays true across re-import, re-resolution and a changed
// publication date: the article's content hash and the sentence's byte offsets ("a:HASH:B:E"),
// a data set's name and row id ("t:SET:ROW"), or a user's note by its first id ("u:ID"). Row
// ids do not survive those: re-resolution deletes and re-creates the rows. User decisions are
// stored against keys for that reason.
constexpr const char* kSchemaV3 = R"sql(
ALTER TABLE articles ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN url TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN format TEXT NOT NULL DEFAULT '';

ALTER TABLE events ADD COLUMN report_count INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN source_count INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN first_reported_day INTEGER;
ALTER TABLE events ADD COLUMN date_disputed INTEGER NOT NULL DEFAULT 0;

CREATE TABLE reports(
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    origin TEXT NOT NULL DEFAULT 'article' CHECK(origin IN ('article', 'table', 'user')),
    report_key TEXT NOT NULL,
    start_day INTEGER NOT NULL,
    end_day INTEGER NOT NULL,
    precision TEXT NOT NULL CHECK(precision IN ('day', 'month', 'year', 'range')),
    fuzzy INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    sentence TEXT NOT NULL DEFAULT '',
    sentence_begin INTEGER NOT NULL DEFAULT 0,
    sentence_end INTEGER NOT NULL DEFAULT 0,
    date_text TEXT NOT NULL DEFAULT '',
    resolution TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL DEFAULT 1.0,
    outlet TEXT NOT NULL DEFAULT '',
    article_title TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    source_ref TEXT NOT NULL DEFAULT '',
    published_day INTEGER,
    -- Hash of the sentence's words, lower-cased, punctuation dropped: republished wire copy
    -- has the same fingerprint, and its outlets count as one source.
    fingerprint TEXT NOT NULL DEFAULT '',
    CHECK(end_day >= start_day)
);
-- "The reports of an event, earliest publication first" without a sort.
CREATE INDEX reports_by_event ON reports(event_id, published_day);
CREATE INDEX reports_by_article ON reports(article_id);
CREATE INDEX reports_by_key ON reports(report_key);

INSERT INTO reports(id, event_id, article_id, origin, report_key, start_day, end_day, precision,
    fuzzy, title, sentence, sentence_begin, sentence_end, date_text, resolution, confidence,
    outlet, article_title, published_day)
SELECT e.id, e.id, e.article_id,
    CASE WHEN a.id IS NULL THEN 'user' ELSE 'article' END,
    CASE WHEN a.id IS NULL OR e.user_created = 1 THEN 'u:' || e.id
         ELSE 'a:' || a.content_hash || ':' || e.sentence_begin || ':' || e.sentence_end END,
    e.start_day, e.end_day, e.precision, e.fuzzy, e.title, e.sentence, e.sentence_begin,
    e.sentence_end, e.date_text, e.resolution, e.confidence, coalesce(a.source, ''),
    coalesce(a.title, ''), a.published_day
FROM events e LEFT JOIN articles a ON a.id = e.article_id;
UPDATE events SET first_reported_day =
    (SELECT published_day FROM articles a WHERE a.id = events.article_id);

CREATE VIRTUAL TABLE reports_fts USING fts5(
    sentence, content='reports', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
INSERT INTO reports_fts(reports_fts) VALUES ('rebuild');
-- Inserts write their full-text row themselves, as for events (no statement journal).
CREATE TRIGGER reports_after_delete AFTER DELETE ON reports BEGIN
    INSERT INTO reports_fts(reports_fts, rowid, sentence) VALUES ('delete', old.id, old.sentence);
END;

-- User decisions. 'apart': the two reports tell of different happenings (a split, or "not the
-- same"); 'same': the user merged their events. Both orders are stored for 'apart' so that
-- one index lookup answers "may this report join that event".
CREATE TABLE story_decisions(
    kind TEXT NOT NULL CHECK(kind IN ('apart', 'same')),
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    PRIMARY KEY(kind, a, b)
) WITHOUT ROWID;
-- The event containing this report takes this report's date: the user said which telling to
-- believe, which holds even when a new publication date moves that report's date.
CREATE TABLE chosen_dates(report_key TEXT PRIMARY KEY) WITHOUT ROWID;

-- The timeline's covering index gains the two story fields it draws.
DROP INDEX events_timeline;
CREATE INDEX events_timeline ON events(start_day, end_day, precision, fuzzy, user_edited,
    article_id, primary_actor_id, primary_place_id, source_count, date_disputed);
)sql";

struct Migration {
    int toVersion;
    const char* sql;
};

// One entry per schema version, applied in order. Never edit a shipped step:
// add the next one.
constexpr std::array kMigrations{
    Migration{1, kSchemaV1},
    Migration{2, kSchemaV2},
    Migration{3, kSchemaV3},
};
static_assert(kMigrations.back().toVersion == EventStore::kSchemaVersion);

Result<std::int64_t> singleInt(sql::Connection& db, const char* sqlText) {
    auto stmt = db.prepare(sqlText);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->columnInt(0) : 0;
}

} // namespace

Result<int> readUserVersion(sql::Connection& db) {
    auto v = singleInt(db, "PRAGMA user_version");
    if (!v)
        return v.error();
    return static_cast<int>(*v);
}

Result<void> checkCompatible(EventStore::Impl& impl) {
    if (impl.schemaVersion > EventStore::kSchemaVersion)
        return impl.error(Error::Code::Unsupported,
                          "made by a newer version of Crisis Timeline (schema " +
                              std::to_string(impl.schemaVersion) + "), this version reads up to " +
                              std::to_string(EventStore::kSchemaVersion));
    auto appId = singleInt(impl.db, "PRAGMA application_id");
    if (!appId)
        return appId.error();
    if (*appId != 0 && *appId != kApplicationId)
        return impl.error(Error::Code::Unsupported,
                          "is an SQLite database of another program, not a Crisis Timeline one");
    if (impl.schemaVersion == 0) {
        auto tables = singleInt(impl.db, "SELECT count(*) FROM sqlite_schema");
        if (!tables)
            return tables.error();
        if (*tables > 0)
            return impl.error(Error::Code::Unsupported,
                              "is an SQLite database with other tables, not a Crisis Timeline one");
    }
    return {};
}

Result<void> migrate(EventStore::Impl& impl) {
    if (impl.schemaVersion >= EventStore::kSchemaVersion)
        return {};
    if (impl.readOnly)
        return impl.error(Error::Code::Database, "is read-only and has schema " +
                                                     std::to_string(impl.schemaVersion) +
                                                     "; opening it needs schema " +
                                                     std::to_string(EventStore::kSchemaVersion) +
                                                     ", which takes write access to upgrade");

    for (const Migration& step : kMigrations) {
        if (step.toVersion <= impl.schemaVersion)
            continue;
        auto tx = sql::Transaction::begin(impl.db);
        if (!tx)
            return tx.error();
        // Another instance may have migrated between our first read and the lock.
        auto current = readUserVersion(impl.db);
        if (!current)
            return current.error();
        if (*current < step.toVersion) {
            if (auto r = impl.db.exec(step.sql); !r)
                return r.error();
            if (auto r = impl.db.exec("PRAGMA user_version = " + std::to_string(step.toVersion));
                !r)
                return r.error();
            if (auto r = impl.db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
                !r)
                return r.error();
        }
        if (auto r = tx->commit(); !r)
            return r.error();
        impl.schemaVersion = std::max(*current, step.toVersion);
    }
    return {};
}

} // namespace ct::store
