/**
 * The HTTP edge every request crosses before and after a feature module: bearer-token security, CORS and the
 * Content-Security-Policy, the public-read token resolver, the early refusal of oversize uploads, JSON settings,
 * the OpenAPI description, and the rendering of every error as an RFC 9457 problem with a Spanish {@code detail}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package co.anb.showcase.web;
