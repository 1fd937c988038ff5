-- The audit trail of each vote: keyed hashes (HMAC-SHA256 with a server secret) of the client address, of its
-- subnet (/24 for IPv4, /64 for IPv6) and of the user agent, the voter's account age and whether the voter's e-mail
-- was verified, all as they were when the vote was cast. No raw address or user agent is kept. Votes from before
-- this migration have no trail (nulls).
ALTER TABLE votes
    ADD COLUMN ip_hash                   bytea,
    ADD COLUMN subnet_hash               bytea,
    ADD COLUMN user_agent_hash           bytea,
    ADD COLUMN voter_account_age_seconds bigint,
    ADD COLUMN voter_email_verified      boolean,
    -- voided by staff: kept for the audit, no longer counted
    ADD COLUMN voided_at                 timestamptz,
    ADD COLUMN void_reason               text;

-- Suspicious clusters are looked for within one video, in time order.
CREATE INDEX votes_video_created_idx ON votes (video_id, created_at);
-- Voiding finds an account's votes.
CREATE INDEX votes_user_idx ON votes (user_id);

-- Burst limits shared by every node: one row per limited key (a client address hash, an account, an address hash
-- with a video), counting votes in a one-minute window that starts with the key's first vote in it.
CREATE TABLE vote_rate_windows (
    key          varchar(200) PRIMARY KEY,
    window_start timestamptz  NOT NULL,
    hits         integer      NOT NULL
);

CREATE INDEX vote_rate_windows_start_idx ON vote_rate_windows (window_start);
