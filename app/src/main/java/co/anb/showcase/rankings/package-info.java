/**
 * Player rankings (overall and per city) by the votes their published videos received, briefly cached.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "videos", "voting"})
package co.anb.showcase.rankings;
