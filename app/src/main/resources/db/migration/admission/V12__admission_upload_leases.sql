-- One row per upload in progress, so every node sees how many uploads an account has open. The node that admitted
-- the upload renews its lease while the body streams and deletes it when the request ends; a node that dies leaves
-- rows that lapse at expires_at and stop counting.
CREATE TABLE upload_leases (
    id         uuid PRIMARY KEY,
    owner_id   uuid        NOT NULL,
    expires_at timestamptz NOT NULL
);

CREATE INDEX upload_leases_owner_idx ON upload_leases (owner_id, expires_at);
CREATE INDEX upload_leases_expires_at_idx ON upload_leases (expires_at);
