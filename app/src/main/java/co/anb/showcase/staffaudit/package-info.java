/**
 * The staff audit log: every staff action (contest rules changed, votes voided) with who, what, when and why.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package co.anb.showcase.staffaudit;
