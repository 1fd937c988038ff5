CREATE TABLE users (
    id            uuid PRIMARY KEY,
    first_name    varchar(100) NOT NULL,
    last_name     varchar(100) NOT NULL,
    email         varchar(254) NOT NULL,
    password_hash varchar(100) NOT NULL,
    city          varchar(100) NOT NULL,
    country       varchar(100) NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);

-- Email is unique case-insensitively: the index, not the application, decides.
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
-- Rankings filter by city case-insensitively.
CREATE INDEX users_city_lower_idx ON users (lower(city));
