-- 0006: a term index that finds a new article's candidate stories within
-- its date window, at a cost that does not grow with the store; each
-- article's fingerprint in one row; a covering index for the check of which
-- inputs are already stored.
-- Migrations are append-only: never edit this file once it has landed; add a new one.

-- Postings of the story-finding index, keyed by term and then publication
-- day (days since 1970-01-01; undated articles: the smallest integer), so
-- that the articles sharing a term within some days of a date are one range
-- of the primary key. No foreign key: an article's postings are deleted
-- through its fingerprint (below), so no index by article is needed.
CREATE TABLE term_postings (
    term        TEXT NOT NULL,
    day         INTEGER NOT NULL,
    article_id  INTEGER NOT NULL,
    weight      REAL NOT NULL,
    PRIMARY KEY (term, day, article_id)
) WITHOUT ROWID;

-- Each article's salient terms and weights ("term weight" lines, heaviest
-- first) and the day its postings are filed under.
CREATE TABLE article_fingerprints (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    day         INTEGER NOT NULL,
    terms       TEXT NOT NULL
);

INSERT INTO term_postings (term, day, article_id, weight)
SELECT t.term,
       coalesce(CAST(julianday(a.published_date) - 2440587.5 AS INTEGER), -9223372036854775808),
       t.article_id, t.weight
FROM article_terms t JOIN articles a ON a.id = t.article_id;

INSERT INTO article_fingerprints (article_id, day, terms)
SELECT a.id,
       coalesce(CAST(julianday(a.published_date) - 2440587.5 AS INTEGER), -9223372036854775808),
       (SELECT group_concat(term || ' ' || weight, char(10)) FROM article_terms t WHERE t.article_id = a.id)
FROM articles a WHERE EXISTS (SELECT 1 FROM article_terms t WHERE t.article_id = a.id);

DROP INDEX article_terms_by_article;
DROP TABLE article_terms;

-- Which inputs are stored and up to date, read without touching article text.
CREATE INDEX articles_known ON articles(external_id, content_hash, extractor_version);
