/**
 * The staff audit log: every staff action (contest rules changed, votes voided) with who, what, when and why.
 */
package co.anb.showcase.staffaudit;
