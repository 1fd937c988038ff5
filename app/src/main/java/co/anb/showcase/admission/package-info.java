/**
 * Admission of uploads and slow clients: how many uploads an account (across nodes) and a node may stream at once,
 * decided before the body is read, and the idle timeouts that cut off clients who send headers or bodies too slowly,
 * so reads keep their share of the request threads whatever uploads do.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"auth", "shared", "system"})
package co.anb.showcase.admission;
