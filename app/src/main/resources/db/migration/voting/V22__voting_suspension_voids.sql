-- Votes voided because their voter's account was suspended (not for cheating): reinstating the account counts them
-- again, and only them. Staff voiding an account's votes later makes such votes permanently voided.
ALTER TABLE votes
    ADD COLUMN voided_for_suspension boolean NOT NULL DEFAULT false;
