/** Operational endpoints: liveness for the load balancer. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package co.anb.showcase.system;
