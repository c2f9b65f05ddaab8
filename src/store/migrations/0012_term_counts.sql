-- 0012: how many articles hold each term of the story-finding index, kept
-- by triggers on `term_postings`, so that the analysis reads a term's
-- document frequency in one look-up instead of counting up to a few
-- hundred postings per term: that count ran for every term of every
-- candidate's fingerprint and grew with the store until it hit its cap.
-- Migrations are append-only: never edit this file once it has landed; add a new one.

CREATE TABLE term_counts (
    term  TEXT PRIMARY KEY,
    n     INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO term_counts (term, n) SELECT term, count(*) FROM term_postings GROUP BY term;

CREATE TRIGGER term_counts_insert AFTER INSERT ON term_postings BEGIN
    INSERT INTO term_counts (term, n) VALUES (new.term, 1)
        ON CONFLICT (term) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER term_counts_delete AFTER DELETE ON term_postings BEGIN
    UPDATE term_counts SET n = n - 1 WHERE term = old.term;
END;
