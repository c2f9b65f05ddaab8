-- 0012: a speaker row's gender is a function of every article that named
-- it, not of the first one stored. `gender_seen` records which genders the
-- articles gave the name (1 male, 2 female, 3 both); `gender` is the one
-- seen when only one was, NULL when none or both were. Either order of
-- articles, or a run interrupted and resumed, then stores the same gender.
-- Migrations are append-only: never edit this file once it has landed; add a new one.

ALTER TABLE speakers ADD COLUMN gender_seen INTEGER NOT NULL DEFAULT 0;
UPDATE speakers SET gender_seen = CASE gender WHEN 'male' THEN 1 WHEN 'female' THEN 2 ELSE 0 END;
