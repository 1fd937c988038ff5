package co.anb.showcase.contest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param verifiedVotersOnly the rule the contest starts with on a new database (true, false in the local profile);
 *                           afterwards staff set it through {@code PUT /api/staff/contest}
 */
@ConfigurationProperties(prefix = "anb.contest")
record ContestProperties(@DefaultValue("true") boolean verifiedVotersOnly) {
}
