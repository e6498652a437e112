/**
 * Which source answers for a year, and the figures it gives for each ally, with provenance.
 *
 * <p>NATO's tables ("Defence Expenditure of NATO Countries") answer for the years they cover;
 * SIPRI's Military Expenditure Database, with World Bank GDP, answers for the other years. Every
 * {@link dev.bulwark.burden.figures.Figure} carries the citation of its edition and its estimate
 * flag, so each result row can say where it came from.
 */
package dev.bulwark.burden.figures;
