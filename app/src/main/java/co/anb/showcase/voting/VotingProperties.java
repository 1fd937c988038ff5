package co.anb.showcase.voting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param auditSecret           HMAC-SHA256 key of the vote audit hashes (VOTE_AUDIT_SECRET), at least 32 bytes;
 *                              random per process in the local profile, required elsewhere
 * @param ipVotesPerMinute      votes one client address may cast per minute (a university or carrier NAT is many
 *                              people behind one address: generous)
 * @param accountVotesPerMinute votes one account may cast per minute (a person clicking through the gallery)
 * @param ipVideoVotesPerMinute votes one client address may cast for one video per minute (what pumping one
 *                              player looks like)
 * @param clusterMinVotes       votes a cluster needs to be listed as suspicious
 * @param clusterGap            votes of one address (or subnet, or kind of account) closer than this belong to one
 *                              cluster
 * @param newAccountAge         accounts younger than this when they voted count as new
 */
@ConfigurationProperties(prefix = "anb.voting")
record VotingProperties(
        String auditSecret,
        @DefaultValue("60") int ipVotesPerMinute,
        @DefaultValue("20") int accountVotesPerMinute,
        @DefaultValue("10") int ipVideoVotesPerMinute,
        @DefaultValue("5") int clusterMinVotes,
        @DefaultValue("10m") Duration clusterGap,
        @DefaultValue("24h") Duration newAccountAge) {
}
