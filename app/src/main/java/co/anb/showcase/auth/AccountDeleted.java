package co.anb.showcase.auth;

import java.util.UUID;

/**
 * Published inside the transaction that deletes an account, before its {@code users} row goes: each module that
 * keeps rows of the account deletes them in the same transaction (synchronous listeners), so either everything goes
 * or nothing does, and counts derived from its votes drop in the same commit. Work outside the database (stored
 * objects, caches) belongs in after-commit listeners.
 */
public record AccountDeleted(UUID userId) {
}
