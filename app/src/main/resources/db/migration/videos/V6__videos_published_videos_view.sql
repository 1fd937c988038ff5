-- The published catalogue: what other modules may read of the videos table. The status rule lives here once; the
-- view is inlined by the planner, so the partial indexes on processed videos still serve it.
CREATE VIEW published_videos AS
SELECT id, owner_id, title, processed_key, thumbnail_key, votes, processed_at
FROM videos
WHERE status = 'processed';
