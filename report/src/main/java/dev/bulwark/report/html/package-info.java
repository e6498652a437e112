/**
 * Rendering a {@link dev.bulwark.report.brief.Brief} as one self-contained HTML5 page and writing
 * it to disk.
 *
 * <p>The page carries its style sheet, its drawing script and a vendored copy of Apache ECharts
 * inline, so it opens offline and never fetches anything. Every text is HTML-escaped; every chart
 * option is a Jackson tree serialised with {@code <}, {@code >}, {@code &} and {@code '} escaped,
 * so no text from the model can close a script element.
 */
package dev.bulwark.report.html;
