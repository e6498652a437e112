package dev.bulwark.report.compose;

import dev.bulwark.report.ReportException;
import dev.bulwark.report.brief.Brief;
import java.util.List;

/**
 * A composed brief and the lines a terminal prints about it ("23 of 31 allies with armed forces
 * met 2% of GDP in 2024 (NATO 2024, estimates)"), the same lines as the brief's summary.
 *
 * @param brief the brief, ready for {@link dev.bulwark.report.html.BriefRenderer}
 * @param summary the key findings, one line each, each naming the edition of its figures
 */
public record ComposedBrief(Brief brief, List<String> summary) {

  public ComposedBrief {
    ReportException.require(brief != null, "composed brief must be given, was null");
    ReportException.require(summary != null && !summary.isEmpty(),
        "summary of a composed brief must hold at least one line, was " + summary);
    summary = List.copyOf(summary);
  }
}
