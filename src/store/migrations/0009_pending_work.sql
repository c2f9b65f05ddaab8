-- 0009: analysis work not yet done, recorded in the same transaction as the
-- data it depends on, so that an interrupted ingest or analyse leaves a
-- durable to-do list and the next run finishes exactly what was left.
-- Migrations are append-only: never edit this file once it has landed; add a new one.

-- Articles stored (new or changed) whose story has not been settled yet.
CREATE TABLE pending_articles (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
);

-- Stories whose dates and flags must be recomputed (an article joined or changed).
CREATE TABLE pending_stories (
    story_id  INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE
);

-- Articles stored before this migration and never placed in a story.
INSERT INTO pending_articles (article_id) SELECT id FROM articles WHERE story_id IS NULL;
