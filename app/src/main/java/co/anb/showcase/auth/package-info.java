/**
 * Player accounts: signup, login with a throttle on failed attempts, and the HS256 JWTs that identify callers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"mail", "nodecache", "shared", "system"})
package co.anb.showcase.auth;
