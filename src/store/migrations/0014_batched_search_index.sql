-- 0014: new articles and quotes enter the full-text indexes once per write
-- batch, from the writer, rather than through a trigger per row. FTS5 writes
-- what it holds in memory to disk at every statement savepoint, and every
-- INSERT into `articles` or `quotes` (foreign keys, triggers) opens one: so
-- each row became a segment of its own, merged again and again (two thirds
-- of an ingest's store time on BBC). The writer now inserts a batch's new
-- rows in one statement each (`store::writer`), so each batch is one
-- segment. Updates and deletes keep their triggers (rare, one statement per
-- article).
-- Migrations are append-only: never edit this file once it has landed; add a new one.

DROP TRIGGER articles_fts_insert;
DROP TRIGGER quotes_fts_insert;
