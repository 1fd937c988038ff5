-- Staff may suspend a player's account (never a staff account): it cannot log in, and its existing tokens can no
-- longer vote or upload. The reason is shown to the player on the refused login.
ALTER TABLE users
    ADD COLUMN suspended_at     timestamptz,
    ADD COLUMN suspended_reason text;

-- What other modules may know of suspensions: which accounts are suspended now. The published catalogue leaves
-- their videos out while they are.
CREATE VIEW suspended_accounts AS
SELECT id
FROM users
WHERE suspended_at IS NOT NULL;
