CREATE TABLE videos (
    id             uuid PRIMARY KEY,
    owner_id       uuid         NOT NULL REFERENCES users (id),
    task_id        uuid         NOT NULL UNIQUE,
    title          varchar(200) NOT NULL,
    status         varchar(16)  NOT NULL CHECK (status IN ('uploaded', 'processing', 'processed', 'failed')),
    original_key   varchar(200) NOT NULL,
    processed_key  varchar(200),
    thumbnail_key  varchar(200),
    failure_reason text,
    -- Kept in step with the votes table inside the vote transaction, so listings and rankings need no COUNT(*).
    votes          integer      NOT NULL DEFAULT 0 CHECK (votes >= 0),
    uploaded_at    timestamptz  NOT NULL,
    processed_at   timestamptz,
    CHECK (status <> 'processed' OR (processed_key IS NOT NULL AND processed_at IS NOT NULL))
);

-- "My videos", newest first.
CREATE INDEX videos_owner_uploaded_idx ON videos (owner_id, uploaded_at DESC);
-- Public listings only ever read processed videos: partial indexes keep them small.
CREATE INDEX videos_public_by_votes_idx ON videos (votes DESC, processed_at DESC) WHERE status = 'processed';
CREATE INDEX videos_public_by_recent_idx ON videos (processed_at DESC) WHERE status = 'processed';
CREATE INDEX videos_public_owner_idx ON videos (owner_id) WHERE status = 'processed';

-- Transactional outbox: written with the video row, relayed to SQS, marked sent. No foreign key: a job may outlive
-- a video deleted before it was processed, and the worker must see that and clean up.
CREATE TABLE outbox (
    id         bigserial PRIMARY KEY,
    video_id   uuid        NOT NULL,
    payload    jsonb       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    sent_at    timestamptz,
    attempts   integer     NOT NULL DEFAULT 0,
    last_error text
);

CREATE INDEX outbox_pending_idx ON outbox (id) WHERE sent_at IS NULL;
