// The window tiles' schema steps (PgWindowTiles.h): version 5 made them, version 6 writes their
// arithmetic once. Kept apart from PgSchema.cpp's story tables for their length.
#include "store/pg/PgSchemaTiles.h"

namespace ct::pg::schema {

// Version 5: window tiles (PgWindowTiles.h). A 1 % window still read ~11,000 index tuples of
// events_by_span, ~2.5 ms of the server's CPU: the scans themselves. A tile holds, pre-packed
// in the 16-byte form the window sends (id, start, end in network order), the events of one
// duration class (events_by_span's width_bucket) that start in one bucket of 2^max(3, class)
// days (start_day >> max(3, class)); a window reads the ~70 tiles it overlaps by primary key
// and filters the edges on the client. A trigger marks the tiles a write touches in
// event_tiles_dirty (insert, delete, a change of the days; truncate clears both tables), and
// the window reads those buckets through events_by_span instead, in the same snapshot, so it
// is right at every moment; ct_rebuild_event_tiles() (run after a commit, PgStoreTransactions)
// repacks them. The dirty table has no unique key on purpose: writers only ever INSERT into
// it, so they never wait on each other or on a rebuild, and a rebuild deletes only the marks
// its snapshot sees — a writer committing later keeps its mark (its events may be missing from
// the tile being built). `packed` is stored out of line uncompressed (EXTERNAL): a window
// would otherwise decompress every tile it reads.
const char* const kTilesV5 = R"sql(
CREATE TABLE event_tiles(
    class integer NOT NULL,
    bucket integer NOT NULL,
    packed bytea NOT NULL,
    PRIMARY KEY(class, bucket)
);
ALTER TABLE event_tiles ALTER COLUMN packed SET STORAGE EXTERNAL;
CREATE TABLE event_tiles_dirty(class integer NOT NULL, bucket integer NOT NULL);
CREATE INDEX event_tiles_dirty_by_tile ON event_tiles_dirty(class, bucket);

CREATE FUNCTION ct_tiles_mark_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO event_tiles_dirty(class, bucket)
        SELECT DISTINCT c, start_day >> greatest(3, c) FROM (SELECT width_bucket(end_day - start_day,
            '{1,2,4,8,16,32,64,128,256,512,1024,2048,4096,8192,16384,32768}'::integer[]) AS c,
            start_day FROM ct_new_rows) x;
    RETURN NULL;
END $$;
CREATE FUNCTION ct_tiles_mark_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO event_tiles_dirty(class, bucket)
        SELECT DISTINCT c, start_day >> greatest(3, c) FROM (SELECT width_bucket(end_day - start_day,
            '{1,2,4,8,16,32,64,128,256,512,1024,2048,4096,8192,16384,32768}'::integer[]) AS c,
            start_day FROM ct_old_rows) x;
    RETURN NULL;
END $$;
-- Row by row for updates: a trigger with a column list cannot have transition tables, and
-- most updates (titles, counts, versions) leave the days alone and never call it (WHEN).
CREATE FUNCTION ct_tiles_mark_moved() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    o integer := width_bucket(OLD.end_day - OLD.start_day,
        '{1,2,4,8,16,32,64,128,256,512,1024,2048,4096,8192,16384,32768}'::integer[]);
    n integer := width_bucket(NEW.end_day - NEW.start_day,
        '{1,2,4,8,16,32,64,128,256,512,1024,2048,4096,8192,16384,32768}'::integer[]);
BEGIN
    INSERT INTO event_tiles_dirty(class, bucket)
        VALUES (o, OLD.start_day >> greatest(3, o)), (n, NEW.start_day >> greatest(3, n));
    RETURN NULL;
END $$;
CREATE FUNCTION ct_tiles_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM event_tiles;
    DELETE FROM event_tiles_dirty;
    RETURN NULL;
END $$;
CREATE TRIGGER events_tiles_insert AFTER INSERT ON events REFERENCING NEW TABLE AS ct_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ct_tiles_mark_new();
CREATE TRIGGER events_tiles_delete AFTER DELETE ON events REFERENCING OLD TABLE AS ct_old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ct_tiles_mark_old();
CREATE TRIGGER events_tiles_update AFTER UPDATE OF start_day, end_day ON events FOR EACH ROW
    WHEN (OLD.start_day <> NEW.start_day OR OLD.end_day <> NEW.end_day)
    EXECUTE FUNCTION ct_tiles_mark_moved();
CREATE TRIGGER events_tiles_truncate AFTER TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION ct_tiles_clear();

-- Repacks the marked tiles; -1 when another client is at it (it will see our marks, or the
-- next commit will). Each statement of a volatile function takes a new snapshot: the events
-- are read in one at least as new as the one the marks were deleted in. events is locked
-- first (ACCESS SHARE, as any read) so that a TRUNCATE, whose trigger deletes tiles, waits
-- for the rebuild or the rebuild for it, never each for the other.
CREATE FUNCTION ct_rebuild_event_tiles() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    cs integer[];
    bs integer[];
BEGIN
    IF NOT pg_try_advisory_xact_lock(1129597290) THEN
        RETURN -1;
    END IF;
    LOCK TABLE events IN ACCESS SHARE MODE;
    WITH gone AS (DELETE FROM event_tiles_dirty RETURNING class, bucket)
    SELECT array_agg(class), array_agg(bucket) INTO cs, bs
        FROM (SELECT DISTINCT class, bucket FROM gone) t;
    IF cs IS NULL THEN
        RETURN 0;
    END IF;
    DELETE FROM event_tiles t USING unnest(cs, bs) AS d(c, b)
        WHERE t.class = d.c AND t.bucket = d.b;
    IF array_length(cs, 1) <= 256 THEN
        -- A few tiles (a commit's): a range scan of events_by_span each.
        INSERT INTO event_tiles(class, bucket, packed)
            SELECT d.c, d.b, string_agg(e.p, ''::bytea) FROM unnest(cs, bs) AS d(c, b),
            LATERAL (SELECT int8send(id) || int4send(start_day) || int4send(end_day) AS p
                FROM events WHERE width_bucket(end_day - start_day,
                '{1,2,4,8,16,32,64,128,256,512,1024,2048,4096,8192,16384,32768}'::integer[]) = d.c
                AND start_day >= d.b::bigint << greatest(3, d.c)
                AND start_day < (d.b::bigint + 1) << greatest(3, d.c) OFFSET 0) e
            GROUP BY d.c, d.b;
    ELSE
        -- Many (a bulk load, the migration): one pass over the table, grouped. Scanning the
        -- index tile by tile right after a load visited the heap for every row (no visibility
        -- map yet): 20 s for a million events under load, against a few for the pass.
        INSERT INTO event_tiles(class, bucket, packed)
            SELECT x.c, x.b, string_agg(x.p, ''::bytea) FROM (SELECT c, start_day >> greatest(3, c) AS b, p
                FROM (SELECT width_bucket(end_day - start_day,
                '{1,2,4,8,16,32,64,128,256,512,1024,2048,4096,8192,16384,32768}'::integer[]) AS c,
                start_day, int8send(id) || int4send(start_day) || int4send(end_day) AS p
                FROM events) e) x
            JOIN (SELECT DISTINCT c, b FROM unnest(cs, bs) AS u(c, b)) d ON d.c = x.c AND d.b = x.b
            GROUP BY x.c, x.b;
    END IF;
    RETURN array_length(cs, 1);
END $$;

-- The roles that may read or write events may do the same with their tiles (scripts/pg-roles.sql
-- grants on every table; a story migrated after it ran needs the new tables granted alike).
DO $$
DECLARE
    g record;
BEGIN
    FOR g IN SELECT a.grantee, a.privilege_type FROM pg_class c, aclexplode(c.relacl) a
             WHERE c.oid = 'events'::regclass AND a.grantee <> c.relowner
               AND a.privilege_type IN ('SELECT', 'INSERT', 'UPDATE', 'DELETE') LOOP
        EXECUTE format('GRANT %s ON event_tiles, event_tiles_dirty TO %s', g.privilege_type,
                       CASE WHEN g.grantee = 0 THEN 'PUBLIC'
                            ELSE quote_ident(pg_get_userbyid(g.grantee)) END);
    END LOOP;
END $$;

-- The story's events as tiles: every bucket that holds one marked, then packed.
INSERT INTO event_tiles_dirty(class, bucket)
    SELECT DISTINCT c, start_day >> greatest(3, c) FROM (SELECT width_bucket(end_day - start_day,
        '{1,2,4,8,16,32,64,128,256,512,1024,2048,4096,8192,16384,32768}'::integer[]) AS c,
        start_day FROM events) x;
SELECT ct_rebuild_event_tiles();
)sql";

// Version 6: the tile arithmetic written once, as SQL functions every part calls — the marking
// triggers, the repack and the window (PgWindowTiles.cpp). Version 5 spelled it out in each
// (the classes' array literal six times, two near-identical trigger functions). The functions
// are LANGUAGE sql with a body parsed when it is created (RETURN …: no search_path lookup when
// it runs) and IMMUTABLE, so the planner inlines them: ct_tile_class(start_day, end_day) and
// ct_tile_row(…) in a query become events_by_span's expressions again and still match the
// index and its packed column (tst_pg_window_tiles checks the plan). The tiles themselves are
// as version 5 packed them: nothing is repacked.
//
// A class c (events_by_span's width_bucket over powers of two) holds the durations of 2^(c-1)
// to 2^c - 1 days (class 0: single days; class 16: 32768 days and more, unbounded); its tiles
// are buckets of 2^max(3, c) days by start day.
const char* const kTilesV6 = R"sql(
CREATE FUNCTION ct_tile_class(start_day integer, end_day integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN width_bucket(end_day - start_day,
        '{1,2,4,8,16,32,64,128,256,512,1024,2048,4096,8192,16384,32768}'::integer[]);
-- The longest duration a class holds, in days after its start; NULL for the last, unbounded.
CREATE FUNCTION ct_tile_longest(class integer) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN class < 16 THEN (1::bigint << class) - 1 END;
-- A class's buckets are 2^shift days wide: 8 days at least, the class's own span above that.
CREATE FUNCTION ct_tile_shift(class integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN greatest(3, class);
-- The bucket of a class's tiles that holds `day`, and a bucket's first day.
CREATE FUNCTION ct_tile_bucket(class integer, day bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN day >> ct_tile_shift(class);
CREATE FUNCTION ct_tile_first_day(class integer, bucket bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN bucket << ct_tile_shift(class);
-- An event as a tile (and the window) holds it: 16 bytes, id, start, end in network order.
CREATE FUNCTION ct_tile_row(id bigint, start_day integer, end_day integer) RETURNS bytea
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN int8send(id) || int4send(start_day) || int4send(end_day);

-- One marking function for inserts and deletes: both triggers name their transition table
-- ct_rows (the rows inserted, or deleted).
CREATE FUNCTION ct_tiles_mark_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO event_tiles_dirty(class, bucket)
        SELECT DISTINCT c, ct_tile_bucket(c, start_day)
        FROM (SELECT ct_tile_class(start_day, end_day) AS c, start_day FROM ct_rows) x;
    RETURN NULL;
END $$;
DROP TRIGGER events_tiles_insert ON events;
DROP TRIGGER events_tiles_delete ON events;
DROP FUNCTION ct_tiles_mark_new(), ct_tiles_mark_old();
CREATE TRIGGER events_tiles_insert AFTER INSERT ON events REFERENCING NEW TABLE AS ct_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ct_tiles_mark_rows();
CREATE TRIGGER events_tiles_delete AFTER DELETE ON events REFERENCING OLD TABLE AS ct_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ct_tiles_mark_rows();
-- Still row by row for updates (version 5's reasons): the tiles the event leaves and enters.
CREATE OR REPLACE FUNCTION ct_tiles_mark_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO event_tiles_dirty(class, bucket)
        SELECT c, ct_tile_bucket(c, s) FROM (VALUES
            (ct_tile_class(OLD.start_day, OLD.end_day), OLD.start_day),
            (ct_tile_class(NEW.start_day, NEW.end_day), NEW.start_day)) v(c, s);
    RETURN NULL;
END $$;

-- Version 5's repack (its comments say why each part is so), over the functions.
CREATE OR REPLACE FUNCTION ct_rebuild_event_tiles() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    cs integer[];
    bs integer[];
BEGIN
    IF NOT pg_try_advisory_xact_lock(1129597290) THEN
        RETURN -1;
    END IF;
    LOCK TABLE events IN ACCESS SHARE MODE;
    WITH gone AS (DELETE FROM event_tiles_dirty RETURNING class, bucket)
    SELECT array_agg(class), array_agg(bucket) INTO cs, bs
        FROM (SELECT DISTINCT class, bucket FROM gone) t;
    IF cs IS NULL THEN
        RETURN 0;
    END IF;
    DELETE FROM event_tiles t USING unnest(cs, bs) AS d(c, b)
        WHERE t.class = d.c AND t.bucket = d.b;
    IF array_length(cs, 1) <= 256 THEN
        INSERT INTO event_tiles(class, bucket, packed)
            SELECT d.c, d.b, string_agg(e.p, ''::bytea) FROM unnest(cs, bs) AS d(c, b),
            LATERAL (SELECT ct_tile_row(id, start_day, end_day) AS p FROM events
                WHERE ct_tile_class(start_day, end_day) = d.c
                AND start_day >= ct_tile_first_day(d.c, d.b)
                AND start_day < ct_tile_first_day(d.c, d.b + 1) OFFSET 0) e
            GROUP BY d.c, d.b;
    ELSE
        INSERT INTO event_tiles(class, bucket, packed)
            SELECT x.c, x.b, string_agg(x.p, ''::bytea) FROM (SELECT c,
                ct_tile_bucket(c, start_day) AS b, p FROM (SELECT
                ct_tile_class(start_day, end_day) AS c, start_day,
                ct_tile_row(id, start_day, end_day) AS p FROM events) e) x
            JOIN (SELECT DISTINCT c, b FROM unnest(cs, bs) AS u(c, b)) d ON d.c = x.c AND d.b = x.b
            GROUP BY x.c, x.b;
    END IF;
    RETURN array_length(cs, 1);
END $$;

-- The window [window_first, window_last] (PgWindowTiles.h): the tiles of each class whose
-- bucket can hold an event reaching it, and the events of the buckets marked dirty read
-- through events_by_span instead of their tiles. Most of the time nothing is marked (every
-- commit repacks what it marked): the tiles alone, one range scan of the primary key a class.
-- A small story paid for the marks' machinery on every window — ~25 µs of the ~50 µs of
-- server CPU a window took on 1,000 events, twice the scans of events_by_span that schema 4
-- used — though its tiles cost no more to read than those scans. STABLE: its statements see
-- the caller's snapshot, so the answer is exact whatever the tiles' state. The OFFSET 0s keep
-- each class's tiles a range scan of the primary key (the planner's guess for 17 classes
-- otherwise chose to hash the whole table), and the packed expression in the scan of
-- events_by_span (README, "Team").
CREATE FUNCTION ct_window_tiles(window_first bigint, window_last bigint) RETURNS SETOF bytea
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM event_tiles_dirty) THEN
        RETURN QUERY SELECT t.packed FROM generate_series(0, ct_tile_class(0, 2147483647)) AS c,
            LATERAL (SELECT packed FROM event_tiles WHERE class = c AND bucket BETWEEN
                ct_tile_bucket(c, coalesce(window_first - ct_tile_longest(c), -2147483648))
                AND ct_tile_bucket(c, window_last) OFFSET 0) t;
        RETURN;
    END IF;
    -- Per class c: the earliest start of an event of the class that reaches the window (lo)
    -- and the buckets [b0, b1] from it to the window's last day.
    RETURN QUERY WITH r AS (SELECT c, lo, ct_tile_bucket(c, lo) AS b0,
            ct_tile_bucket(c, window_last) AS b1 FROM (SELECT c,
            coalesce(window_first - ct_tile_longest(c), -2147483648) AS lo
            FROM generate_series(0, ct_tile_class(0, 2147483647)) AS c) k),
        dirty AS MATERIALIZED (SELECT DISTINCT d.class, d.bucket, r.lo FROM r
            JOIN event_tiles_dirty d ON d.class = r.c AND d.bucket BETWEEN r.b0 AND r.b1)
        SELECT t.packed FROM r, LATERAL (SELECT class, bucket, packed FROM event_tiles
            WHERE class = r.c AND bucket BETWEEN r.b0 AND r.b1 OFFSET 0) t
        WHERE NOT EXISTS (SELECT FROM dirty WHERE dirty.class = t.class
            AND dirty.bucket = t.bucket)
        UNION ALL SELECT string_agg(e.p, ''::bytea) FROM dirty, LATERAL
            (SELECT ct_tile_row(id, start_day, end_day) AS p FROM events
            WHERE ct_tile_class(start_day, end_day) = dirty.class
            AND start_day >= greatest(ct_tile_first_day(dirty.class, dirty.bucket), dirty.lo)
            AND start_day < least(ct_tile_first_day(dirty.class, dirty.bucket + 1),
                window_last + 1)
            AND end_day >= window_first OFFSET 0) e;
END $$;

-- Roles. The tiles and their marks are written only by these functions, which run as the
-- story's owner (SECURITY DEFINER) with a fixed search_path (the story's schema, then pg_temp,
-- so no other schema's objects can stand in for what they name): an editor's writes mark
-- tiles and its commits repack them whatever it holds on the tile tables, which are nothing
-- but a copy of the events. Version 5 granted editors INSERT and DELETE on them for its
-- triggers, and an editor granted table by table afterwards lacked them and could not write;
-- those rights go, so that no role but the owner can write a tile that disagrees with the
-- events. Readers and editors keep SELECT: the window reads the tiles.
DO $$
DECLARE
    f text;
    g record;
BEGIN
    FOREACH f IN ARRAY ARRAY['ct_tiles_mark_rows()', 'ct_tiles_mark_moved()', 'ct_tiles_clear()',
                             'ct_rebuild_event_tiles()'] LOOP
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = %I, pg_temp', f,
                       current_schema());
    END LOOP;
    FOR g IN SELECT DISTINCT c.relname, a.grantee FROM pg_class c, aclexplode(c.relacl) a
             WHERE c.oid IN ('event_tiles'::regclass, 'event_tiles_dirty'::regclass)
               AND a.grantee <> c.relowner
               AND a.privilege_type IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE') LOOP
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %I FROM %s', g.relname,
                       CASE WHEN g.grantee = 0 THEN 'PUBLIC'
                            ELSE quote_ident(pg_get_userbyid(g.grantee)) END);
    END LOOP;
END $$;
)sql";

} // namespace ct::pg::schema
