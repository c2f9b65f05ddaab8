-- 0002: speakers and quotes.
-- Migrations are append-only: never edit this file once it has landed; add a new one.

-- A speaker across the whole store: one row per person, organisation or role,
-- whatever outlet quoted them and however they were named.
CREATE TABLE speakers (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL,      -- full name without titles, organisation name, or role ("BMA spokeswoman")
    kind  TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'role')),
    UNIQUE (name, kind)
);

-- Every form a speaker was named in: "Jeremy Hunt", "Hunt", "Mr Hunt".
CREATE TABLE speaker_aliases (
    speaker_id  INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    PRIMARY KEY (speaker_id, alias)
) WITHOUT ROWID;
CREATE INDEX speaker_aliases_by_alias ON speaker_aliases(alias COLLATE NOCASE);

-- Titles and roles seen with a speaker: "Health Secretary", "national incident director for NHS England".
CREATE TABLE speaker_roles (
    speaker_id  INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    role        TEXT NOT NULL,
    PRIMARY KEY (speaker_id, role)
) WITHOUT ROWID;

-- One quotation (direct or partial), reported statement (indirect), or
-- quoted name that is nobody's words (non_speech) in an article.
CREATE TABLE quotes (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect', 'non_speech')),
    text        TEXT NOT NULL,        -- inside the marks; for indirect speech the reported clause
    start_char  INTEGER NOT NULL,     -- character offsets into articles.text
    end_char    INTEGER NOT NULL,
    speaker_id  INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    mention     TEXT,                 -- the speaker as written next to the cue ("he", "Mr Hunt")
    cue         TEXT,                 -- "said", "told", "according to"
    paragraph   INTEGER NOT NULL,     -- 1-based
    sentence    INTEGER NOT NULL,     -- 1-based
    part_of     INTEGER REFERENCES quotes(id) ON DELETE CASCADE   -- first part of the same utterance
);
CREATE INDEX quotes_by_article ON quotes(article_id);
CREATE INDEX quotes_by_speaker ON quotes(speaker_id);

-- Full-text search over quote text, in the form Datasette detects.
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content="quotes");

CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;

-- Which extractor version analysed each article (re-analysed when it is older).
ALTER TABLE articles ADD COLUMN extractor_version INTEGER NOT NULL DEFAULT 0;

-- Quotes with their article, outlet and speaker: the join most queries want.
CREATE VIEW quote_list AS
SELECT q.id, a.external_id AS article_id, s.name AS source, a.published, q.kind, q.text,
       q.start_char, q.end_char, sp.name AS speaker, sp.kind AS speaker_kind, q.mention, q.cue,
       q.paragraph
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN speakers sp ON sp.id = q.speaker_id;
