/**
 * The document model of a brief: a {@link dev.bulwark.report.brief.Brief} of
 * {@link dev.bulwark.report.brief.Section}s, each a list of {@link dev.bulwark.report.brief.Block}s
 * (paragraphs, notes, tables and charts), closed by the {@link dev.bulwark.report.brief.Citation}s
 * of the sources its figures come from. A table is one of Bulwark's answer tables
 * ({@link dev.bulwark.answers.table.Table}) with the brief's caption
 * ({@link dev.bulwark.report.brief.TableBlock}); {@link dev.bulwark.report.brief.ColumnNames}
 * makes its columns' machine names from the headings a reader sees.
 *
 * <p>Everything here is an immutable record that validates itself when built, so a renderer never
 * meets a cell it cannot print or two charts with one id; the one exception is the answer table a
 * table block wraps, which its composer finishes before wrapping. Text is plain text; the renderer
 * escapes it.
 */
package dev.bulwark.report.brief;
