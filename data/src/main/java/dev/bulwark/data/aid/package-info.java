/**
 * The importer of the Kiel Institute's Ukraine Support Tracker: the aggregate CSV files of a
 * release's Data Hub, read by their headers and checked against each other before anything is
 * stored.
 */
package dev.bulwark.data.aid;
