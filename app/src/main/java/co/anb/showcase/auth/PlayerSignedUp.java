package co.anb.showcase.auth;

import java.util.UUID;

/** Published inside the signup's transaction; listeners that cache per-city figures drop them after it commits. */
public record PlayerSignedUp(UUID userId, String city) {
}
