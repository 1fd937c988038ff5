/**
 * The city list of the contest: the cities players signed up from, with counts, for the UI's filters, and the
 * staff's merge of two spellings of one city. The catalogue and its folding rules are in {@code shared} because
 * signup (auth) and the listings' filters use them too, while this module calls auth to move accounts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"auth", "shared", "staffaudit"})
package co.anb.showcase.cities;
