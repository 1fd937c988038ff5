/**
 * Public side of the contest: the listing of published (processed) videos and one vote per user per video.
 */
package co.anb.showcase.voting;
