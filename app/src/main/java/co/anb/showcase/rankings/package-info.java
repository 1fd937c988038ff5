/**
 * Player rankings (overall and per city) by the votes their published videos received, briefly cached, final once the
 * contest's voting window has closed; and the staff's tournament roster (top players per city with their e-mail).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"auth", "contest", "shared", "sharing",
        "videos", "voting"})
package co.anb.showcase.rankings;
