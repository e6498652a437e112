/**
 * The ledger's own tidy file format: one directory per edition holding {@code edition.properties}
 * (source, id, title, publication date, origin, the price base year
 * {@code price_base} of the constant-price series when the edition has any, the
 * {@code definition} of its spending figures ({@code nato_total}, {@code hague_core} or
 * {@code sipri_milex}; an edition stored without one has its source's usual definition), terms,
 * derived_by), {@code values.csv} with the
 * columns {@code iso3,year,indicator,value,flag} (gzipped as {@code values.csv.gz} when it would
 * exceed 4 MB) and {@code notes.csv} with per-country notes such as NATO's national 2% commitment
 * marker. The embedded ledger and the user's edition store share it.
 */
package dev.bulwark.data.format;
