-- 0008: an article's authors (web pages name them in JSON-LD or <meta> tags).
-- Migrations are append-only: never edit this file once it has landed; add a new one.

-- A JSON array of names as the input gives them (["Jane Doe", "Ali Khan"]);
-- NULL when the input names none.
ALTER TABLE articles ADD COLUMN authors TEXT;
