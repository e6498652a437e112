/**
 * Composing Bulwark's briefs from the engines' results: {@link
 * dev.bulwark.report.compose.BurdenBrief} runs the burden-sharing analyses on a {@link
 * dev.bulwark.data.Ledger} and lays their figures out as a {@link dev.bulwark.report.brief.Brief}
 * (who meets the NATO targets, the gaps and their cost, the 2035 paths, the United States against
 * Europe and Canada, the exploitation test, and the sources), one small class per section.
 *
 * <p>Every figure in a composed brief names the edition it comes from ("NATO 2024") and is flagged
 * when the source marks it as an estimate; numbers are formatted with
 * {@link java.util.Locale#ROOT}.
 */
package dev.bulwark.report.compose;
