/**
 * The documented, re-runnable derivation of the bundled ledger from the official files in
 * {@code ../shared/data} (run it with {@code tools/derive-ledger}), and the test that the bundled
 * ledger is exactly what the importers read from those files today.
 */
package dev.bulwark.data.derive;
