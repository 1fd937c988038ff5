package co.anb.showcase.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Budgets of the throttles, shared by every node through PostgreSQL ({@code anb.throttle.*}). An attempt takes one
 * unit before any work is done; a budget comes back whole once its window has passed since it was first drawn on.
 *
 * @param loginAccountLimit login attempts for one e-mail (whether or not it has an account) per window; a success
 *                          gives the budget back whole, so only failures and attempts in flight use it
 * @param loginIpLimit      login attempts from one client IP per window, across e-mails; a success gives its unit
 *                          back, so a NAT full of players who know their passwords is not throttled
 * @param signupIpLimit     signups from one client IP per window
 * @param passwordResetEmailLimit password reset mails asked for one e-mail (whether or not it has an account)
 *                          per window: a mailbox cannot be flooded through the form
 * @param passwordResetIpLimit password reset requests from one client IP per window, across e-mails
 * @param cleanupInterval   how often buckets that are full again (and so say nothing) are deleted
 */
@ConfigurationProperties(prefix = "anb.throttle")
record ThrottleProperties(
        @DefaultValue("5") int loginAccountLimit,
        @DefaultValue("15m") Duration loginAccountWindow,
        @DefaultValue("50") int loginIpLimit,
        @DefaultValue("15m") Duration loginIpWindow,
        @DefaultValue("10") int signupIpLimit,
        @DefaultValue("1h") Duration signupIpWindow,
        @DefaultValue("3") int passwordResetEmailLimit,
        @DefaultValue("1h") Duration passwordResetEmailWindow,
        @DefaultValue("20") int passwordResetIpLimit,
        @DefaultValue("1h") Duration passwordResetIpWindow,
        @DefaultValue("5m") Duration cleanupInterval) {
}
