/**
 * The gazetteer of the places that decide cases: every state's metropolitan territory (curated in
 * {@code places.csv}, or derived from world-atlas into {@code derived-places.csv} by
 * {@code tools/gazetteer}), overseas territories and special areas, administered-but-disputed
 * places and sea areas, each with sovereign, administrator, claimants, continent, adjacent sea,
 * latitude and longitude. A place is named by id, alias or country, or given as latitude and
 * longitude (the nearest place, with the great-circle distance).
 */
package dev.bulwark.guarantees.geo;
