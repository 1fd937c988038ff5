/**
 * Players' videos: upload with validation, the processing lifecycle, and listing, viewing and deleting one's own.
 */
package co.anb.showcase.videos;
