/**
 * The spending table: each ally's defence spending in a year, ranked by share of GDP, and checked
 * against the NATO targets (2% and 20% on equipment from the 2014 Wales summit; 3.5% core and 5%
 * total from the 2025 Hague summit).
 */
package dev.bulwark.burden.spending;
