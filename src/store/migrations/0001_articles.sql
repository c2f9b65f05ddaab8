-- 0001: outlets, articles, full-text search over articles, and a log of ingest runs.
-- Migrations are append-only: never edit this file once it has landed; add a new one.

-- An outlet (publisher) as the input names it: "BBC News", "IBTimes UK".
CREATE TABLE sources (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE
);

-- One article. `text` is the normalised body; every character offset stored
-- elsewhere (quotes, claims) points into it.
CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    external_id    TEXT NOT NULL UNIQUE,   -- the input's id; else its URL; else file path or text digest
    source_id      INTEGER REFERENCES sources(id),
    title          TEXT,
    published      TEXT,                   -- as precise as the input: YYYY-MM-DD or RFC 3339
    published_date TEXT,                   -- local calendar date (YYYY-MM-DD) of `published`
    url            TEXT,
    text           TEXT NOT NULL,
    chars          INTEGER NOT NULL,       -- length of `text` in characters
    content_hash   TEXT NOT NULL,          -- SHA-256 of source, title, published, url and text
    origin         TEXT,                   -- file (and line) it was last read from
    ingested_at    TEXT NOT NULL,          -- first stored (UTC, RFC 3339)
    updated_at     TEXT NOT NULL           -- last changed (UTC, RFC 3339)
);
CREATE INDEX articles_by_source ON articles(source_id);
CREATE INDEX articles_by_date ON articles(published_date);

-- Full-text search over title and text, in the form Datasette detects.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content="articles");

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- One row per `crosscheck ingest`, written when the run ends.
CREATE TABLE ingest_runs (
    id           INTEGER PRIMARY KEY,
    started_at   TEXT NOT NULL,
    finished_at  TEXT NOT NULL,
    inputs       TEXT NOT NULL,   -- the paths given, as a JSON array
    read         INTEGER NOT NULL,
    new          INTEGER NOT NULL,
    updated      INTEGER NOT NULL,
    unchanged    INTEGER NOT NULL,
    rejected     INTEGER NOT NULL
);

-- Articles with their outlet's name: the join most queries want.
CREATE VIEW article_list AS
SELECT a.id, a.external_id, s.name AS source, a.title, a.published, a.published_date, a.url, a.chars
FROM articles a LEFT JOIN sources s ON s.id = a.source_id;
