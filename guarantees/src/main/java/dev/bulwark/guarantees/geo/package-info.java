/**
 * The gazetteer of the places that decide cases: every protected state's metropolitan territory,
 * overseas territories and special areas, administered-but-disputed places and sea areas, each
 * with sovereign, administrator, claimants, continent, adjacent sea, latitude and longitude, read
 * from the bundled {@code places.csv}. A place is named by id, alias or country, or given as
 * latitude and longitude (the nearest place, with the great-circle distance).
 */
package dev.bulwark.guarantees.geo;
