package co.anb.showcase.auth;

import java.util.UUID;

/**
 * One module's part of {@code GET /api/me/export} (the account holder's right to know their data, Ley 1581 de
 * 2012). Auth owns the account but not the videos or votes; each module that keeps data of a person implements this,
 * so the export grows with the modules and auth depends on none of them.
 */
public interface PersonalDataSection {

    /** The key of this section in the export, snake_case, e.g. {@code videos}. */
    String name();

    /** What this module keeps about the user: serialized as JSON; never another person's data. */
    Object dataOf(UUID userId);
}
