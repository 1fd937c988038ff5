/**
 * Copies of database rows kept in one node's memory and dropped on every node when the row changes: the writing
 * transaction sends a PostgreSQL notification, delivered on commit, and each api node listens for them
 * (docs/architecture.md, "Node caches").
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"system"})
package co.anb.showcase.nodecache;
