-- One vote per user per video, decided by the primary key so concurrent duplicates count once.
CREATE TABLE votes (
    user_id    uuid        NOT NULL REFERENCES users (id),
    video_id   uuid        NOT NULL REFERENCES videos (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, video_id)
);

CREATE INDEX votes_video_idx ON votes (video_id);
