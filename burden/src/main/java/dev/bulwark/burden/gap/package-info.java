/**
 * The gap to a target share of GDP, per ally and for the alliance, in percentage points and in
 * current US$: what it would have cost, in the year measured, for every ally to reach the target.
 */
package dev.bulwark.burden.gap;
