/**
 * Saved scenarios and finished campaign runs in a real database: an embedded H2 file in the
 * user's data directory by default, PostgreSQL when a URL points to one, with one schema created
 * by versioned SQL migrations that Flyway applies.
 */
package dev.bulwark.server.store;
