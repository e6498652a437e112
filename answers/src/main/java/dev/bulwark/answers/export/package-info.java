/**
 * The curated dataset as a Frictionless tabular data package ({@code bulwark export}): every
 * edition's values, the countries, alliances, treaties, gazetteer, US personnel and command plan
 * as tidy CSV files described by one {@code datapackage.json}, written atomically.
 */
package dev.bulwark.answers.export;
