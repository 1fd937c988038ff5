-- The worker that holds a video's job and until when (renewed by its heartbeat). A redelivered job may take the
-- video over only once the lease has lapsed, so two deliveries of one job never process it at the same time, and
-- only the holder may publish it.
ALTER TABLE videos
    ADD COLUMN lease_holder uuid,
    ADD COLUMN lease_until  timestamptz,
    -- how many times a worker started on it, and why the last attempt failed (kept for the final failure_reason)
    ADD COLUMN attempts     integer NOT NULL DEFAULT 0,
    ADD COLUMN last_error   text;

-- The sweeper looks for unfinished videos whose job may have been lost.
CREATE INDEX videos_unfinished_idx ON videos (uploaded_at) WHERE status IN ('uploaded', 'processing');
