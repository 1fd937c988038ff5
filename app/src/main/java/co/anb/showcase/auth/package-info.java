/**
 * Player accounts: signup, login with a throttle on failed attempts, and the HS256 JWTs that identify callers.
 */
package co.anb.showcase.auth;
