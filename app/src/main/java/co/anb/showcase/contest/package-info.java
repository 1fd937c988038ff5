/**
 * The contest's rules, set by staff: whether only verified voters may vote, and the voting window. Voting asks
 * {@link co.anb.showcase.contest.ContestRules} before every vote.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"auth", "shared", "staffaudit"})
package co.anb.showcase.contest;
