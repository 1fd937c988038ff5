/**
 * Player rankings (overall and per city) by the votes their published videos received, briefly cached.
 */
package co.anb.showcase.rankings;
