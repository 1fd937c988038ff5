package co.anb.showcase.rankings;

/**
 * One player's row: {@code position} is the competition rank over the whole (filtered) ranking, so tied players share
 * it and the next one skips (1, 2, 2, 4).
 */
record Ranking(long position, String username, String city, long votes) {
}
