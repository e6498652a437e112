/**
 * The report module: the self-contained HTML brief that carries Bulwark's answers, charts and
 * sources to a reader who may be offline.
 *
 * <p>{@link dev.bulwark.report.ReportException} is the module's one exception family. The document
 * model lives in {@code dev.bulwark.report.brief}; the HTML renderer and the file writer in
 * {@code dev.bulwark.report.html}.
 */
package dev.bulwark.report;
