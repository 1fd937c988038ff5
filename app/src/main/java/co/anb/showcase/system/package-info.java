/** Operational endpoints: liveness for the load balancer. */
package co.anb.showcase.system;
