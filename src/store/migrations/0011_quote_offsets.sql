-- 0011: a quote's text is the article's characters start_char..end_char, so
-- it is no longer stored a second time: `quotes.text` is NULL for such a
-- quote (every quote crosscheck extracts) and keeps the words only when
-- they differ from that slice. `quote_list` and the search index give the
-- text as before. The search index over quotes holds no copy of the text
-- either (contentless, with deletes by rowid).
-- Migrations are append-only: never edit this file once it has landed; add a new one.
--
-- SQLite cannot drop a NOT NULL constraint in place, so the quotes table is
-- rebuilt as 0006 rebuilt claims: every row keeps its id, and the links that
-- point at quotes (claims.quote_id, flags' quote ids, quotes.part_of), which
-- dropping the old table sets to NULL or cascades over, are restored after.

CREATE TEMP TABLE keep_claim_quotes (id INTEGER PRIMARY KEY, quote_id INTEGER NOT NULL);
INSERT INTO keep_claim_quotes SELECT id, quote_id FROM claims WHERE quote_id IS NOT NULL;
CREATE TEMP TABLE keep_flag_quotes (id INTEGER PRIMARY KEY, a_quote_id INTEGER, b_quote_id INTEGER);
INSERT INTO keep_flag_quotes SELECT id, a_quote_id, b_quote_id FROM flags
WHERE a_quote_id IS NOT NULL OR b_quote_id IS NOT NULL;
CREATE TEMP TABLE keep_part_of (id INTEGER PRIMARY KEY, part_of INTEGER NOT NULL);
INSERT INTO keep_part_of SELECT id, part_of FROM quotes WHERE part_of IS NOT NULL;

DROP VIEW open_flags;
DROP VIEW flag_evidence;
DROP VIEW quote_list;
DROP TRIGGER quotes_fts_insert;
DROP TRIGGER quotes_fts_delete;
DROP TRIGGER quotes_fts_update;
DROP TABLE quotes_fts;

CREATE TABLE quotes_new (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect', 'non_speech')),
    text        TEXT,                 -- NULL: the article's characters start_char..end_char (see quote_list)
    start_char  INTEGER NOT NULL,     -- character offsets into articles.text
    end_char    INTEGER NOT NULL,
    speaker_id  INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    mention     TEXT,
    cue         TEXT,
    paragraph   INTEGER NOT NULL,
    sentence    INTEGER NOT NULL,
    part_of     INTEGER REFERENCES quotes(id) ON DELETE CASCADE,
    name_id     INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    attribution TEXT CHECK (attribution IN ('named', 'pronoun', 'description', 'carried', 'none'))
);
INSERT INTO quotes_new (id, article_id, kind, text, start_char, end_char, speaker_id, mention, cue,
                        paragraph, sentence, part_of, name_id, attribution)
SELECT q.id, q.article_id, q.kind,
       CASE WHEN q.text = substr(a.text, q.start_char + 1, q.end_char - q.start_char) THEN NULL
            ELSE q.text END,
       q.start_char, q.end_char, q.speaker_id, q.mention, q.cue, q.paragraph, q.sentence, NULL,
       q.name_id, q.attribution
FROM quotes q JOIN articles a ON a.id = q.article_id;
DROP TABLE quotes;
ALTER TABLE quotes_new RENAME TO quotes;

CREATE INDEX quotes_by_article ON quotes(article_id);
CREATE INDEX quotes_by_speaker ON quotes(speaker_id);
CREATE INDEX quotes_by_name ON quotes(name_id) WHERE name_id IS NOT NULL;
CREATE INDEX quotes_by_part_of ON quotes(part_of) WHERE part_of IS NOT NULL;

UPDATE quotes SET part_of = (SELECT k.part_of FROM keep_part_of k WHERE k.id = quotes.id)
WHERE id IN (SELECT id FROM keep_part_of);
UPDATE claims SET quote_id = (SELECT k.quote_id FROM keep_claim_quotes k WHERE k.id = claims.id)
WHERE id IN (SELECT id FROM keep_claim_quotes);
UPDATE flags SET a_quote_id = (SELECT k.a_quote_id FROM keep_flag_quotes k WHERE k.id = flags.id),
                 b_quote_id = (SELECT k.b_quote_id FROM keep_flag_quotes k WHERE k.id = flags.id)
WHERE id IN (SELECT id FROM keep_flag_quotes);
DROP TABLE keep_claim_quotes;
DROP TABLE keep_flag_quotes;
DROP TABLE keep_part_of;

-- Full-text search over quote text. Contentless: the words are read from
-- the article when a quote is indexed, and a quote is removed by its id.
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='', contentless_delete=1);
INSERT INTO quotes_fts (rowid, text)
SELECT q.id, coalesce(q.text, substr(a.text, q.start_char + 1, q.end_char - q.start_char))
FROM quotes q JOIN articles a ON a.id = q.article_id;

CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text)
    SELECT new.id, coalesce(new.text, substr(a.text, new.start_char + 1, new.end_char - new.start_char))
    FROM articles a WHERE a.id = new.article_id;
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    DELETE FROM quotes_fts WHERE rowid = old.id;
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, start_char, end_char, article_id ON quotes BEGIN
    DELETE FROM quotes_fts WHERE rowid = old.id;
    INSERT INTO quotes_fts (rowid, text)
    SELECT new.id, coalesce(new.text, substr(a.text, new.start_char + 1, new.end_char - new.start_char))
    FROM articles a WHERE a.id = new.article_id;
END;

-- Quotes with their text, article, outlet and speaker: the join most queries want.
CREATE VIEW quote_list AS
SELECT q.id, a.external_id AS article_id, s.name AS source, a.published, q.kind,
       coalesce(q.text, substr(a.text, q.start_char + 1, q.end_char - q.start_char)) AS text,
       q.start_char, q.end_char, sp.name AS speaker, sp.kind AS speaker_kind, q.mention, q.cue,
       q.attribution, q.paragraph
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN speakers sp ON sp.id = q.speaker_id;

CREATE VIEW flag_evidence AS
SELECT f.id AS flag_id, f.kind, f.status, f.score, f.explanation, st.label AS story,
       aa.external_id AS a_article, sa.name AS a_source, aa.published AS a_published, f.a_text,
       coalesce(qa.mention, spa.name) AS a_speaker,
       ab.external_id AS b_article, sb.name AS b_source, ab.published AS b_published, f.b_text,
       coalesce(qb.mention, spb.name) AS b_speaker,
       f.found, f.evidence_changed
FROM flags f
JOIN articles aa ON aa.id = f.a_article_id
JOIN articles ab ON ab.id = f.b_article_id
LEFT JOIN sources sa ON sa.id = aa.source_id
LEFT JOIN sources sb ON sb.id = ab.source_id
LEFT JOIN stories st ON st.id = f.story_id
LEFT JOIN quotes qa ON qa.id = f.a_quote_id
LEFT JOIN quotes qb ON qb.id = f.b_quote_id
LEFT JOIN claims ca ON ca.id = f.a_claim_id
LEFT JOIN claims cb ON cb.id = f.b_claim_id
LEFT JOIN speakers spa ON spa.id = coalesce(qa.speaker_id, ca.speaker_id)
LEFT JOIN speakers spb ON spb.id = coalesce(qb.speaker_id, cb.speaker_id);

CREATE VIEW open_flags AS
SELECT * FROM flag_evidence WHERE status = 'open' AND found = 1 ORDER BY score DESC, flag_id;
