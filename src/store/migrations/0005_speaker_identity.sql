-- 0005: speaker identity across the store, attribution confidence, and the
-- indexes that deleting an article's quotes and claims needs.
-- Migrations are append-only: never edit this file once it has landed; add a new one.

-- A `speakers` row is one name as the articles gave it ("Donald J. Trump",
-- "Mr Trump"); rows that name one person point at the row that stands for
-- that identity (NULL: the row is an identity itself). Links are recomputed
-- from the whole store whenever a name with the same surname is written, so
-- they do not depend on the order articles arrive in and change when new
-- evidence does. quotes.speaker_id and claims.speaker_id point at the
-- identity; name_id keeps the name the article used.
ALTER TABLE speakers ADD COLUMN identity_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL;
ALTER TABLE speakers ADD COLUMN surname TEXT;          -- people: last word of the name, lower case
ALTER TABLE speakers ADD COLUMN gender TEXT CHECK (gender IN ('male', 'female'));
CREATE INDEX speakers_by_surname ON speakers(surname) WHERE surname IS NOT NULL;
CREATE INDEX speakers_by_identity ON speakers(identity_id) WHERE identity_id IS NOT NULL;

ALTER TABLE quotes ADD COLUMN name_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL;
-- How the speaker was found: named at the cue, a pronoun, a description, carried
-- over from the quote before, or none.
ALTER TABLE quotes ADD COLUMN attribution TEXT
    CHECK (attribution IN ('named', 'pronoun', 'description', 'carried', 'none'));
ALTER TABLE claims ADD COLUMN name_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL;
CREATE INDEX quotes_by_name ON quotes(name_id) WHERE name_id IS NOT NULL;
CREATE INDEX claims_by_name ON claims(name_id) WHERE name_id IS NOT NULL;

-- Columns that point back at quotes and claims: with foreign keys on, each
-- deleted row looks them up.
CREATE INDEX quotes_by_part_of ON quotes(part_of) WHERE part_of IS NOT NULL;
CREATE INDEX claims_by_quote ON claims(quote_id) WHERE quote_id IS NOT NULL;
CREATE INDEX claims_by_linked ON claims(linked_to) WHERE linked_to IS NOT NULL;
CREATE INDEX flags_by_a_article ON flags(a_article_id);
CREATE INDEX flags_by_b_article ON flags(b_article_id);
CREATE INDEX flags_by_a_quote ON flags(a_quote_id) WHERE a_quote_id IS NOT NULL;
CREATE INDEX flags_by_b_quote ON flags(b_quote_id) WHERE b_quote_id IS NOT NULL;
CREATE INDEX flags_by_a_claim ON flags(a_claim_id) WHERE a_claim_id IS NOT NULL;
CREATE INDEX flags_by_b_claim ON flags(b_claim_id) WHERE b_claim_id IS NOT NULL;

DROP VIEW quote_list;
CREATE VIEW quote_list AS
SELECT q.id, a.external_id AS article_id, s.name AS source, a.published, q.kind, q.text,
       q.start_char, q.end_char, sp.name AS speaker, sp.kind AS speaker_kind, q.mention, q.cue,
       q.attribution, q.paragraph
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN speakers sp ON sp.id = q.speaker_id;

-- Rows stored before this migration name themselves.
UPDATE quotes SET name_id = speaker_id WHERE speaker_id IS NOT NULL;
UPDATE claims SET name_id = speaker_id WHERE speaker_id IS NOT NULL;
