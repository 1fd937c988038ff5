package co.anb.showcase.auth;

/** What an account may do: players upload and vote; staff also reach {@code /api/staff/**}. */
public enum Role {
    PLAYER, STAFF;

    /** The value in {@code users.role} and in the JWT's {@code roles} claim. */
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The Spring Security authority the JWT's role becomes ({@code ROLE_STAFF}). */
    public String authority() {
        return "ROLE_" + name();
    }
}
