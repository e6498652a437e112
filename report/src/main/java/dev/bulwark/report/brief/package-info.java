/**
 * The document model of a brief: a {@link dev.bulwark.report.brief.Brief} of
 * {@link dev.bulwark.report.brief.Section}s, each a list of {@link dev.bulwark.report.brief.Block}s
 * (paragraphs, notes, tables and charts), closed by the {@link dev.bulwark.report.brief.Citation}s
 * of the sources its figures come from.
 *
 * <p>Everything here is an immutable record that validates itself when built, so a renderer never
 * meets a table with a short row or two charts with one id. Text is plain text; the renderer
 * escapes it.
 */
package dev.bulwark.report.brief;
