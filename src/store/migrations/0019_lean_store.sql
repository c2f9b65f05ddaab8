-- 0019: a leaner store (issue 14: the database was 3.8 times its input).
-- Migrations are append-only: never edit this file once it has landed; add a new one.
--
-- `claims_by_kind` (kind, value) held a fifth of the claims' size again
-- (4.7 MB of 190 at 20,000 articles) and nothing on the ingest path reads
-- it: only `crosscheck claims --kind`, a listing that reads the rows of
-- that kind anyway, used it. The other large indexes serve the ingest
-- (tests/query_plans.rs) or the foreign-key checks of a deletion.
DROP INDEX claims_by_kind;
