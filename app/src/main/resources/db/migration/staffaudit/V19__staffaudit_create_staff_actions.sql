-- What staff did, kept for good: who, what, to what, when and why. No foreign key: the record outlives accounts.
CREATE TABLE staff_actions (
    id       bigserial PRIMARY KEY,
    staff_id uuid         NOT NULL,
    action   varchar(64)  NOT NULL,
    target   varchar(200) NOT NULL,
    reason   text,
    details  text,
    at       timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX staff_actions_at_idx ON staff_actions (at DESC);
