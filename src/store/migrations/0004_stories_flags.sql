-- 0004: stories (one event reported by several outlets), the term index
-- that finds them, cross-source flags and their review.
-- Migrations are append-only: never edit this file once it has landed; add a new one.

-- A story: the articles, across outlets, that report one event.
CREATE TABLE stories (
    id               INTEGER PRIMARY KEY,
    label            TEXT NOT NULL,     -- the title of its first article (or its opening words)
    first_published  TEXT,              -- YYYY-MM-DD of its earliest dated article
    last_published   TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES stories(id) ON DELETE SET NULL;
CREATE INDEX articles_by_story ON articles(story_id);

-- Each article's salient terms and their weights (names, figures, content
-- words): the inverted index through which a new article finds the
-- stories it may belong to without a pass over the whole store.
CREATE TABLE article_terms (
    term        TEXT NOT NULL,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    weight      REAL NOT NULL,
    PRIMARY KEY (term, article_id)
) WITHOUT ROWID;
CREATE INDEX article_terms_by_article ON article_terms(article_id);

-- A disagreement between two outlets in one story, with both pieces of evidence.
CREATE TABLE flags (
    id                INTEGER PRIMARY KEY,
    key               TEXT NOT NULL UNIQUE,   -- identity across re-analysis: kind + each side's article and wording
    kind              TEXT NOT NULL CHECK (kind IN ('numeric_conflict', 'date_conflict', 'quote_attribution_conflict', 'quote_wording_conflict')),
    story_id          INTEGER REFERENCES stories(id) ON DELETE SET NULL,
    status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'dismissed')),
    score             REAL NOT NULL,          -- 0..1, higher = surer and larger
    explanation       TEXT NOT NULL,          -- one sentence a person can act on
    a_article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    a_quote_id        INTEGER REFERENCES quotes(id) ON DELETE SET NULL,
    a_claim_id        INTEGER REFERENCES claims(id) ON DELETE SET NULL,
    a_text            TEXT NOT NULL,          -- side a's evidence as last found
    b_article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    b_quote_id        INTEGER REFERENCES quotes(id) ON DELETE SET NULL,
    b_claim_id        INTEGER REFERENCES claims(id) ON DELETE SET NULL,
    b_text            TEXT NOT NULL,
    found             INTEGER NOT NULL DEFAULT 1,   -- 0: the latest analysis no longer finds it (kept for its verdict)
    evidence_changed  INTEGER NOT NULL DEFAULT 0,   -- 1: the evidence changed after the last verdict
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX flags_by_story ON flags(story_id);
CREATE INDEX flags_by_status ON flags(status, kind);

-- Every verdict ever given, with the evidence the reviewer saw.
CREATE TABLE flag_reviews (
    id           INTEGER PRIMARY KEY,
    flag_id      INTEGER NOT NULL REFERENCES flags(id) ON DELETE CASCADE,
    verdict      TEXT NOT NULL CHECK (verdict IN ('confirmed', 'dismissed')),
    note         TEXT,
    reviewer     TEXT,
    reviewed_at  TEXT NOT NULL,
    a_text       TEXT NOT NULL,
    b_text       TEXT NOT NULL
);
CREATE INDEX flag_reviews_by_flag ON flag_reviews(flag_id);

-- Both sides of every flag, each with its outlet, date, speaker and sentence.
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

-- The review queue: flags without a verdict, surest first.
CREATE VIEW open_flags AS
SELECT * FROM flag_evidence WHERE status = 'open' AND found = 1 ORDER BY score DESC, flag_id;
