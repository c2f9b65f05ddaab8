-- 0019: a leaner store (issue 14: the database was 3.8 times its input).
-- Migrations are append-only: never edit this file once it has landed; add a new one.
--
-- `claims_by_kind` (kind, value) held a fifth of the claims' size again
-- (4.7 MB of 190 at 20,000 articles) and nothing on the ingest path reads
-- it: only `crosscheck claims --kind`, a listing that reads the rows of
-- that kind anyway, used it. The other large indexes serve the ingest
-- (tests/query_plans.rs) or the foreign-key checks of a deletion.
DROP INDEX claims_by_kind;

-- Three claims in four are the outlet's own, with no speaker: their NULLs
-- filled three quarters of `claims_by_speaker`. Every look-up by speaker
-- (`speaker_id = ?`, `IN (…)`, and the foreign-key check when a speaker
-- is deleted) names a speaker, so an index of the rows that have one
-- serves them all. Likewise for quotes (one in twelve has no speaker).
DROP INDEX claims_by_speaker;
CREATE INDEX claims_by_speaker ON claims(speaker_id) WHERE speaker_id IS NOT NULL;
DROP INDEX quotes_by_speaker;
CREATE INDEX quotes_by_speaker ON quotes(speaker_id) WHERE speaker_id IS NOT NULL;
