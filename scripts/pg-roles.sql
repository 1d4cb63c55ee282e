-- Roles for a team's story on a PostgreSQL server. Run as the database's owner after the first
-- `crisis-timeline` open has created the schema, e.g.
--   createdb crisis && crisis-timeline events --db postgresql://owner@host/crisis
--   psql -d crisis -v editor=ana -v reader=ben -f scripts/pg-roles.sql
-- Editors import and edit (Crisis Timeline writes no DDL after the schema exists); readers
-- only look: the program opens their story read-only. Granting table by table instead: both
-- need SELECT on every table (the window reads event_tiles and event_tiles_dirty), editors
-- INSERT, UPDATE, DELETE on the story's tables and USAGE on its sequences; nobody needs to
-- write the window tiles (schema 6: the owner's functions do).
CREATE ROLE ct_editors NOLOGIN;
CREATE ROLE ct_readers NOLOGIN;
GRANT CONNECT ON DATABASE :"DBNAME" TO ct_editors, ct_readers;
GRANT USAGE ON SCHEMA public TO ct_editors, ct_readers;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO ct_readers;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ct_editors;
-- The tiles are a copy of the events that only the schema's own functions write.
REVOKE INSERT, UPDATE, DELETE ON event_tiles, event_tiles_dirty FROM ct_editors;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ct_editors;
CREATE ROLE :"editor" LOGIN IN ROLE ct_editors;
CREATE ROLE :"reader" LOGIN IN ROLE ct_readers;
