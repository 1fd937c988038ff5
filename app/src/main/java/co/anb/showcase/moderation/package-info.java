/**
 * Moderation by staff: hide a video from every public read, suspend a player's account (no login, its videos out of
 * public reads, its votes uncounted), undo both, and the queues the staff console lists. Every action goes to the
 * staff audit log in its own transaction. Owns no table: each change goes through the owning module's Java API.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"auth", "shared", "staffaudit", "storage", "videos", "voting"})
package co.anb.showcase.moderation;
