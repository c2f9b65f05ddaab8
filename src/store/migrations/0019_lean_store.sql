-- 0019: a leaner store (issue 14: the database was 3.8 times its input).
-- Migrations are append-only: never edit this file once it has landed; add a new one.
--
-- `claims_by_kind` (kind, value) held a fifth of the claims' size again
-- (4.7 MB of 190 at 20,000 articles) and nothing on the ingest path reads
-- it: only `crosscheck claims --kind`, a listing that reads the rows of
-- that kind anyway, used it. Every other index is read by the ingest
-- (see tests/query_plans.rs) or by a deletion's foreign-key check.
DROP INDEX claims_by_kind;

-- The full-text indexes are written as one segment per write batch and
-- merged a few at a time, so a term's list of documents is split over
-- many segments, each repeating the term and its headers: merged into one
-- they are a fifth smaller. The writer merges them again after a run that
-- grew the store by a quarter or more (`store::compact_search`), so the
-- cost stays proportional to what was added.
INSERT INTO articles_fts (articles_fts) VALUES ('optimize');
INSERT INTO quotes_fts (quotes_fts) VALUES ('optimize');
