-- 0020: a claim's words are no longer stored a second time (issue 14: the
-- database was 3.7 times its input). A claim's `surface` is the article's
-- characters start_char..end_char, and its `subject` is, in 98 claims in
-- 100, a stretch of its own sentence: `surface` is NULL for such a claim
-- and the subject is kept as character offsets (`subject_start`,
-- `subject_end`, into articles.text, inside the claim's sentence) with
-- `subject` NULL. Either column keeps its words when they are not the
-- article's own characters. `claim_list` gives both as before.
-- Migrations are append-only: never edit this file once it has landed; add a new one.
--
-- SQLite cannot drop a NOT NULL constraint in place, so the claims table is
-- rebuilt as 0016 rebuilt it: every row keeps its id, and the links that
-- point at claims (flags' claim ids, claims' linked_to) are restored after
-- the old table, whose removal sets them to NULL, is gone. The views that
-- read claims are dropped and made again (claim_list giving the words from
-- the offsets, flag_evidence and open_flags as 0011 made them).

-- Keyed by id, so that restoring each row's links is one look-up (a
-- table made by CREATE TABLE AS has no key: a scan of it per row).
CREATE TEMP TABLE keep_flag_claims (id INTEGER PRIMARY KEY, a_claim_id INTEGER, b_claim_id INTEGER);
INSERT INTO keep_flag_claims SELECT id, a_claim_id, b_claim_id FROM flags
WHERE a_claim_id IS NOT NULL OR b_claim_id IS NOT NULL;
CREATE TEMP TABLE keep_claim_links (id INTEGER PRIMARY KEY, linked_to INTEGER NOT NULL);
INSERT INTO keep_claim_links SELECT id, linked_to FROM claims WHERE linked_to IS NOT NULL;

DROP VIEW open_flags;
DROP VIEW flag_evidence;
DROP VIEW claim_list;

CREATE TABLE claims_new (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('percentage', 'percentage_points', 'count', 'money', 'date', 'ratio', 'range', 'measure')),
    value         REAL,              -- the number as written (ranges: the low end; percentages in percent; money in whole units); NULL for dates
    value_high    REAL,              -- ranges: the high end; upper bounds (`up to 700`) and equalities: the bound
    date          TEXT,              -- dates: YYYY-MM-DD (the first day for a week, month or year)
    granularity   TEXT CHECK (granularity IN ('day', 'week', 'month', 'year', 'decade')),
    unit          TEXT,              -- normalised: percent, percentage_points, an ISO 4217 code, fraction, times, a duration (years…), a measure unit (km, mm, celsius, kWh, GB…), or the counted noun
    qualifier     TEXT CHECK (qualifier IN ('exact', 'about', 'more_than', 'less_than', 'at_least', 'up_to')),
    surface       TEXT,              -- NULL: the article's characters start_char..end_char (see claim_list)
    start_char    INTEGER NOT NULL,  -- character offsets into articles.text
    end_char      INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL, -- the claim's sentence, as character offsets
    sentence_end  INTEGER NOT NULL,
    subject       TEXT,              -- what is measured, when it is not the characters subject_start..subject_end
    speaker_id    INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    quote_id      INTEGER REFERENCES quotes(id) ON DELETE SET NULL,
    linked_to     INTEGER REFERENCES claims(id) ON DELETE SET NULL,
    name_id       INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    subject_start INTEGER,           -- the subject as character offsets into articles.text (inside the sentence)
    subject_end   INTEGER
);
-- The sentence of each claim is cut once; a subject found in it becomes
-- offsets (instr counts characters, as the offsets do).
INSERT INTO claims_new (id, article_id, kind, value, value_high, date, granularity, unit, qualifier,
                        surface, start_char, end_char, sentence_start, sentence_end, subject,
                        speaker_id, quote_id, linked_to, name_id, subject_start, subject_end)
SELECT id, article_id, kind, value, value_high, date, granularity, unit, qualifier,
       CASE WHEN own_surface THEN NULL ELSE surface END,
       start_char, end_char, sentence_start, sentence_end,
       CASE WHEN at > 0 THEN NULL ELSE subject END,
       speaker_id, quote_id, NULL, name_id,
       CASE WHEN at > 0 THEN sentence_start + at - 1 END,
       CASE WHEN at > 0 THEN sentence_start + at - 1 + length(subject) END
FROM (
    SELECT c.*,
           c.start_char >= c.sentence_start AND c.end_char <= c.sentence_end
               AND c.surface = substr(a.text, c.start_char + 1, c.end_char - c.start_char) AS own_surface,
           CASE WHEN length(c.subject) > 0
                THEN instr(substr(a.text, c.sentence_start + 1, c.sentence_end - c.sentence_start), c.subject)
                ELSE 0 END AS at
    FROM claims c LEFT JOIN articles a ON a.id = c.article_id
)
ORDER BY id;
DROP TABLE claims;
ALTER TABLE claims_new RENAME TO claims;

CREATE INDEX claims_by_article ON claims(article_id);
CREATE INDEX claims_by_speaker ON claims(speaker_id) WHERE speaker_id IS NOT NULL;
CREATE INDEX claims_by_name ON claims(name_id) WHERE name_id IS NOT NULL;
CREATE INDEX claims_by_quote ON claims(quote_id) WHERE quote_id IS NOT NULL;
CREATE INDEX claims_by_linked ON claims(linked_to) WHERE linked_to IS NOT NULL;

UPDATE claims SET linked_to = (SELECT k.linked_to FROM keep_claim_links k WHERE k.id = claims.id)
WHERE id IN (SELECT id FROM keep_claim_links);
UPDATE flags SET a_claim_id = (SELECT k.a_claim_id FROM keep_flag_claims k WHERE k.id = flags.id),
                 b_claim_id = (SELECT k.b_claim_id FROM keep_flag_claims k WHERE k.id = flags.id)
WHERE id IN (SELECT id FROM keep_flag_claims);
DROP TABLE keep_flag_claims;
DROP TABLE keep_claim_links;

-- Claims with their words, article, outlet, sentence and the one who asserts them.
CREATE VIEW claim_list AS
SELECT c.id, a.external_id AS article_id, s.name AS source, a.published, c.kind,
       coalesce(c.date, c.value) AS value, c.value_high, c.unit, c.qualifier,
       coalesce(c.surface, substr(a.text, c.start_char + 1, c.end_char - c.start_char)) AS surface,
       c.start_char, c.end_char,
       substr(a.text, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence,
       coalesce(c.subject, substr(a.text, c.subject_start + 1, c.subject_end - c.subject_start)) AS subject,
       sp.name AS attributed_to
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN speakers sp ON sp.id = c.speaker_id;

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
