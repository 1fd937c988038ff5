package co.anb.showcase.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param email    the staff account made at start (ANB_STAFF_EMAIL); none when blank
 * @param password its password (ANB_STAFF_PASSWORD), set at every start; must pass {@link StaffAccount#isStrong}
 */
@ConfigurationProperties(prefix = "anb.staff")
record StaffProperties(String email, String password) {
}
