/**
 * The bundled table of alliance memberships ({@code alliances.csv}): one row per member and spell,
 * with the dates, the confidence mark of the fact sheet the dates come from and the source.
 */
package dev.bulwark.data.alliance;
