-- Uploads the browser sends straight to the store in parts: one row per open S3 multipart upload, so any node can
-- hand out fresh part URLs, complete or abort it, and the open uploads of an account are counted across nodes.
-- The row goes away when the upload completes (in the transaction that creates the video), is aborted, or lapses
-- at expires_at (a sweeper aborts the multipart upload; the bucket's lifecycle rule is the backstop).
CREATE TABLE direct_uploads (
    id              uuid PRIMARY KEY,
    owner_id        uuid         NOT NULL,
    video_id        uuid         NOT NULL UNIQUE,
    title           varchar(200) NOT NULL,
    object_key      text         NOT NULL,
    store_upload_id text         NOT NULL,
    size            bigint       NOT NULL CHECK (size > 0),
    part_size       integer      NOT NULL CHECK (part_size > 0),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    expires_at      timestamptz  NOT NULL
);

CREATE INDEX direct_uploads_owner_idx ON direct_uploads (owner_id, expires_at);
CREATE INDEX direct_uploads_expires_at_idx ON direct_uploads (expires_at);
