-- Staff may hide a video (with a reason its owner sees in "Mis videos"); unhiding clears both columns.
ALTER TABLE videos
    ADD COLUMN hidden_at     timestamptz,
    ADD COLUMN hidden_reason text;

-- The published catalogue leaves out hidden videos and the videos of suspended accounts, so every reader of the
-- view (gallery, rankings, votes, share pages) drops them at once and gets them back when staff undo it. Same
-- columns as before: the view stays inlined, and the partial indexes on processed videos still serve it.
CREATE OR REPLACE VIEW published_videos AS
SELECT id, owner_id, title, processed_key, thumbnail_key, votes, processed_at
FROM videos v
WHERE status = 'processed'
  AND hidden_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM suspended_accounts s WHERE s.id = v.owner_id);
