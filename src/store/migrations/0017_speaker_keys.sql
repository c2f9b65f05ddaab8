-- 0017: speakers are found by index, not by reading the whole table into
-- memory once per run (a cost that grew with the store).
-- Migrations are append-only: never edit this file once it has landed; add a new one.
--
-- `name_key` is a 64-bit digest of the name in lower case (Unicode lower
-- case, as the writer folds names; SQLite's lower() folds ASCII only, so
-- the writer computes it); `word_key` is that of the first word of an
-- organisation's name of several words (`corvia` for `Corvia Airlines`),
-- NULL otherwise. Both are digests, so a look-up compares the names it
-- finds again. The migration's Rust step fills them for stored rows and
-- files every person under the surname the current rules read.
ALTER TABLE speakers ADD COLUMN name_key INTEGER;
ALTER TABLE speakers ADD COLUMN word_key INTEGER;
CREATE INDEX speakers_by_key ON speakers(name_key);
CREATE INDEX speakers_by_word ON speakers(word_key) WHERE word_key IS NOT NULL;
