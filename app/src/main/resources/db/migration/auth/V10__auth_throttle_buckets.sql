-- Token buckets of the login and signup throttles (Bucket4j's PostgreSQL layout), shared by every node. The id is
-- the scope and a SHA-256 of the counted value (an e-mail key or a client IP), so a row has a bounded size whatever
-- the input. expires_at (epoch milliseconds) is when the bucket is full again: from then on the row says nothing a
-- missing row would not, and the cleanup deletes it.
CREATE TABLE throttle_buckets (
    id         varchar(80) PRIMARY KEY,
    state      bytea,
    expires_at bigint
);

CREATE INDEX throttle_buckets_expires_at_idx ON throttle_buckets (expires_at);
