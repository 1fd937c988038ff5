package co.anb.showcase.auth;

import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling: the user id is the token's subject. Identity never comes from the request body. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static UUID id(Jwt token) {
        return UUID.fromString(token.getSubject());
    }
}
