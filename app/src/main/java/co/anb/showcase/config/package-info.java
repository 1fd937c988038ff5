/** Cross-cutting wiring: HTTP security, JSON, error responses, AWS clients, OpenAPI. */
package co.anb.showcase.config;
