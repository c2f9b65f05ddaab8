-- 0003: numeric and date claims.
-- Migrations are append-only: never edit this file once it has landed; add a new one.

-- One numeric claim (percentage, count, amount of money, ratio, range) or
-- date in an article, normalised so that claims can be compared.
CREATE TABLE claims (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('percentage', 'percentage_points', 'count', 'money', 'date', 'ratio', 'range')),
    value         REAL,              -- the number (ranges: the low end; percentages in percent; money in whole units); NULL for dates
    value_high    REAL,              -- ranges: the high end
    date          TEXT,              -- dates: YYYY-MM-DD (the first day for a week, month or year)
    granularity   TEXT CHECK (granularity IN ('day', 'week', 'month', 'year')),
    unit          TEXT,              -- percent, percentage_points, an ISO 4217 code, fraction, times, years, …, or the counted noun
    qualifier     TEXT CHECK (qualifier IN ('exact', 'about', 'more_than', 'less_than', 'at_least', 'up_to')),
    surface       TEXT NOT NULL,     -- the exact text, hedge words included ("More than 10,000")
    start_char    INTEGER NOT NULL,  -- character offsets into articles.text
    end_char      INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL, -- the sentence holding the claim, as character offsets
    sentence_end  INTEGER NOT NULL,
    subject       TEXT,              -- what is measured ("junior doctors who reported for duty")
    speaker_id    INTEGER REFERENCES speakers(id) ON DELETE SET NULL,   -- who asserts it
    quote_id      INTEGER REFERENCES quotes(id) ON DELETE SET NULL,     -- the quotation it sits in
    linked_to     INTEGER REFERENCES claims(id) ON DELETE SET NULL      -- the other half of a pair: "a 76% turnout (28,305)"
);
CREATE INDEX claims_by_article ON claims(article_id);
CREATE INDEX claims_by_kind ON claims(kind, value);
CREATE INDEX claims_by_speaker ON claims(speaker_id);

-- Claims with their article, outlet, sentence and the one who asserts them.
CREATE VIEW claim_list AS
SELECT c.id, a.external_id AS article_id, s.name AS source, a.published, c.kind,
       coalesce(c.date, c.value) AS value, c.value_high, c.unit, c.qualifier, c.surface,
       c.start_char, c.end_char,
       substr(a.text, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence,
       c.subject, sp.name AS attributed_to
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN speakers sp ON sp.id = c.speaker_id;
