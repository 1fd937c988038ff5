-- The contest's rules, set by staff: one row (id is always true). Every node reads it on each vote, so a change
-- applies everywhere at once. The row is made at the first start with the profile's default.
CREATE TABLE contest_settings (
    id                   boolean PRIMARY KEY DEFAULT true CHECK (id),
    verified_voters_only boolean     NOT NULL,
    voting_opens_at      timestamptz,
    voting_closes_at     timestamptz,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    updated_by           uuid,
    CHECK (voting_opens_at IS NULL OR voting_closes_at IS NULL OR voting_opens_at < voting_closes_at)
);
