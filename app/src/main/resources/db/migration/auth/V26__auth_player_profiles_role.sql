-- The city list counts players, not the staff accounts made from configuration: the view tells them apart. The new
-- column goes last, so CREATE OR REPLACE keeps the view's existing columns and every reader of them.
CREATE OR REPLACE VIEW player_profiles AS
SELECT id, first_name || ' ' || last_name AS display_name, city, country, role
FROM users;
