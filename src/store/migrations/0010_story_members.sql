-- 0010: a story's articles by date, so that placing an article compares it
-- with the articles of each candidate story published within its window
-- (one range of this index), not with the whole story. It serves every
-- look-up by story alone too, so the index on story_id is dropped.
-- Migrations are append-only: never edit this file once it has landed; add a new one.

CREATE INDEX articles_by_story_date ON articles(story_id, published_date);
DROP INDEX articles_by_story;
