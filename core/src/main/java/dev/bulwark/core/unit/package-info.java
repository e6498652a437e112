/**
 * Value types for units that are easy to mix up: shares as percent versus fraction.
 */
package dev.bulwark.core.unit;
