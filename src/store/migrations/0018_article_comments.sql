-- 0018: reader comments below an article (web pages), kept apart from its text.
-- Migrations are append-only: never edit this file once it has landed; add a new one.

-- The comments' paragraphs, separated by blank lines; NULL when the page has
-- none. Quotes, claims and flags come from `text` only: comments are not the
-- outlet's words.
ALTER TABLE articles ADD COLUMN comments TEXT;
