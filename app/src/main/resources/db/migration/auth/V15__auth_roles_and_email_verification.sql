-- Staff are users with role 'staff' (made from configuration at start); everyone who signs up is a player.
ALTER TABLE users
    ADD COLUMN role              varchar(16) NOT NULL DEFAULT 'player' CHECK (role IN ('player', 'staff')),
    ADD COLUMN email_verified_at timestamptz;

-- Single-use links of verification mails. Only the SHA-256 of a token is kept: a copy of the database cannot verify
-- anyone's address.
CREATE TABLE email_verification_tokens (
    token_hash bytea PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

CREATE INDEX email_verification_tokens_user_idx ON email_verification_tokens (user_id);

-- How many verification mails each account was sent in its current window: one atomic upsert decides whether one
-- more may go, on every node at once.
CREATE TABLE verification_mail_sends (
    user_id      uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    window_start timestamptz NOT NULL,
    sends        integer     NOT NULL
);

-- What other modules may know of an account's standing: voting keeps the voter's account age and whether the
-- address was verified with each vote, and refuses unverified voters when the contest requires it.
CREATE VIEW voter_accounts AS
SELECT id, created_at, email_verified_at IS NOT NULL AS email_verified
FROM users;
