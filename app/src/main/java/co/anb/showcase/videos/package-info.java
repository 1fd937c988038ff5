/**
 * Players' videos: upload with validation, the processing lifecycle, and listing, viewing and deleting one's own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"auth", "media", "nodecache", "queue", "shared", "storage"})
package co.anb.showcase.videos;
