-- What other modules may read of an account: its public profile. Rankings and the public gallery read this view,
-- never the users table (which holds e-mails and password hashes), so auth can change users without breaking them.
CREATE VIEW player_profiles AS
SELECT id, first_name || ' ' || last_name AS display_name, city, country
FROM users;
