/**
 * Revisions between two editions of one source, or two releases of Kiel's aid tracker: which
 * figures a publisher changed, added or dropped from one release to the next, and where an
 * estimate became a reported figure.
 */
package dev.bulwark.data.revision;
