-- 0015: a leaner story-finding index. Terms are stored once, in `terms`,
-- and the postings and fingerprints refer to them by a small integer id
-- instead of repeating each term's text (the postings, fingerprints and
-- term counts were over a fifth of a store, each posted term held in
-- three of them). A weight is stored as a one-byte code where it is one
-- of the common values (see `store::terms`), else as a REAL; an undated
-- article's day is -2147483648 (4 bytes) rather than the smallest 64-bit
-- integer (8 bytes). The document frequency that 0012 kept in
-- `term_counts` by a trigger per posting is `terms.n`, kept by the writer
-- once per term and batch.
--
-- The rows of the old tables are converted by `store::terms::convert_0015`,
-- which the migration runner calls right after this file in the same
-- transaction (the old fingerprints are a binary format SQL cannot read);
-- it fills `term_postings_0015` and `article_fingerprints_0015`, drops the
-- old tables and gives the new ones their names.
-- Migrations are append-only: never edit this file once it has landed; add a new one.

-- Every term a fingerprint holds, and how many postings it has (its
-- document frequency among the articles it is posted for).
CREATE TABLE terms (
    id    INTEGER PRIMARY KEY,
    term  TEXT NOT NULL UNIQUE,
    n     INTEGER NOT NULL DEFAULT 0
);

-- Ids in term order, so that the postings, which were in term order,
-- stay in key order when converted.
INSERT INTO terms (term, n) SELECT term, n FROM term_counts ORDER BY term;

-- Postings of the story-finding index, keyed by term id and then
-- publication day, as 0007's were keyed by term and day. `weight` has no
-- type, so that a code stays an INTEGER and any other weight a REAL.
CREATE TABLE term_postings_0015 (
    term_id     INTEGER NOT NULL,
    day         INTEGER NOT NULL,
    article_id  INTEGER NOT NULL,
    weight      NOT NULL,
    PRIMARY KEY (term_id, day, article_id)
) WITHOUT ROWID;

-- Each article's salient terms and weights (a BLOB of term ids and weight
-- codes) and the day its postings are filed under.
CREATE TABLE article_fingerprints_0015 (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    day         INTEGER NOT NULL,
    terms       BLOB NOT NULL
);
