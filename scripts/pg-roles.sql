-- Roles for a team's story on a PostgreSQL server. Run as the database's owner after the first
-- `crisis-timeline` open has created the schema, e.g.
--   createdb crisis && crisis-timeline events --db postgresql://owner@host/crisis
--   psql -d crisis -v editor=ana -v reader=ben -f scripts/pg-roles.sql
-- Editors import and edit (Crisis Timeline writes no DDL after the schema exists); readers
-- only look: the program opens their story read-only.
CREATE ROLE ct_editors NOLOGIN;
CREATE ROLE ct_readers NOLOGIN;
GRANT CONNECT ON DATABASE :"DBNAME" TO ct_editors, ct_readers;
GRANT USAGE ON SCHEMA public TO ct_editors, ct_readers;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO ct_readers;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ct_editors;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ct_editors;
CREATE ROLE :"editor" LOGIN IN ROLE ct_editors;
CREATE ROLE :"reader" LOGIN IN ROLE ct_readers;
