/**
 * The contest's rules, set by staff: whether only verified voters may vote, and the voting window. Voting asks
 * {@link co.anb.showcase.contest.ContestRules} before every vote.
 */
package co.anb.showcase.contest;
