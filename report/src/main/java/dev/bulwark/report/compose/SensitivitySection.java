package dev.bulwark.report.compose;

import dev.bulwark.posture.campaign.CampaignFunction;
import dev.bulwark.posture.campaign.CampaignModel;
import dev.bulwark.posture.campaign.StraitFunction;
import dev.bulwark.posture.campaign.StraitModel;
import dev.bulwark.posture.campaign.ProgressListener;
import dev.bulwark.posture.sensitivity.SampledModel;
import dev.bulwark.posture.sensitivity.SobolAnalysis;
import dev.bulwark.posture.sensitivity.SobolIndex;
import dev.bulwark.posture.sweep.LocalExecutor;
import dev.bulwark.report.brief.IntervalChart;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What drives the campaign models' answers, every uncertain parameter varied at once: Sobol'
 * first-order and total-effect indices with their 95% bootstrap intervals (Saltelli's scheme,
 * {@code SobolAnalysis}, docs/sensitivity.md) of the Baltic model's hours until the first capital
 * falls with the 2016 posture, and of the Taiwan Strait model's defeat of the invasion by day 30
 * without Japan's bases, the posture whose outcome is most in doubt. Sample counts are modest so
 * that the brief composes in seconds; each chart's caption gives the command that reproduces it.
 */
final class SensitivitySection {

  static final String ID = "sensitivity";
  static final String BALTIC_CHART_ID = "sensitivity-baltic";
  static final String TAIWAN_CHART_ID = "sensitivity-taiwan";
  /** Base rows of the Baltic analysis: 4,096 × (11 + 2) = 53,248 model runs. */
  static final int BALTIC_SAMPLES = 4096;
  /** Base rows of the Taiwan analysis: 2,048 × (k + 2) model runs for its k parameters. */
  static final int TAIWAN_SAMPLES = 2048;
  static final int RESAMPLES = 100;
  static final long SEED = 1253;
  static final String TAIWAN_POSTURE = "taiwan-2026-no-japan-bases";
  /** The Taiwan chart shows the parameters of the largest total effects, this many. */
  static final int TAIWAN_SHOWN = 10;

  private SensitivitySection() {}

  /** One analysis and how the brief names it. */
  private record Analysis(String posture, String output, String version, String command,
      SobolAnalysis result) {

    static Analysis run(String posture, String output, String version, String command,
        SampledModel model, int samples) {
      return new Analysis(posture, output, version, command, SobolAnalysis.run(model, samples,
          RESAMPLES, SEED, LocalExecutor.onEveryCore(), ProgressListener.NONE));
    }

    List<SobolIndex> ranked() {
      return result.indices().stream()
          .sorted(Comparator.comparingDouble(SobolIndex::total).reversed()).toList();
    }

    String leaders() {
      List<SobolIndex> ranked = ranked();
      double firsts = result.indices().stream().mapToDouble(SobolIndex::first).sum();
      return String.format(Locale.ROOT, "For %s (%s, mean %.3g) the largest total effects are"
          + " %s %.2f, %s %.2f and %s %.2f; the first-order indices add up to %.2f, so %s.",
          posture, output, result.mean(), name(ranked.get(0)), ranked.get(0).total(),
          name(ranked.get(1)), ranked.get(1).total(), name(ranked.get(2)),
          ranked.get(2).total(), firsts, firsts > 0.8 ? "the parameters act mostly alone"
              : "most of the variance comes from parameters acting together");
    }

    String caption() {
      int k = result.indices().size();
      return String.format(Locale.ROOT, "Source: Bulwark's %s; Sobol' indices by Saltelli's"
          + " scheme, N = %,d base rows (%,d model runs), %d bootstrap resamples, seed %d;"
          + " bars are the estimates, whiskers their 95%% intervals. Reproduce: %s.", version,
          result.samples(), (long) result.samples() * (k + 2), result.resamples(), SEED,
          command);
    }
  }

  /** Returns the section, both analyses run. */
  static Section of() {
    Analysis baltic = Analysis.run("baltic-2016", "hours until the first capital falls",
        "campaign model " + CampaignModel.VERSION, "bulwark sensitivity baltic --samples "
            + BALTIC_SAMPLES, CampaignFunction.bundled("baltic", "baltic-2016", 30,
                CampaignFunction.Output.HOURS, 1), BALTIC_SAMPLES);
    Analysis taiwan = Analysis.run(TAIWAN_POSTURE, "invasion defeated by day 30, 1 or 0",
        "strait model " + StraitModel.VERSION, "bulwark sensitivity taiwan --posture "
            + TAIWAN_POSTURE + " --samples " + TAIWAN_SAMPLES, StraitFunction.bundled("taiwan",
                TAIWAN_POSTURE, 30, 30), TAIWAN_SAMPLES);
    return Section.of(ID, "What drives the campaigns' answers",
        Paragraph.of("The tornados of the campaign models move one parameter at a time. Sobol'"
            + " indices vary every uncertain parameter at once and apportion the variance of the"
            + " answer: the first-order index is the share a parameter explains alone, the total"
            + " effect the share it explains with all its interactions; a parameter whose total"
            + " effect is near 0 could be fixed anywhere in its range. " + baltic.leaders() + " "
            + taiwan.leaders()),
        chart(BALTIC_CHART_ID, "Baltic, " + baltic.posture() + ": what drives the hours until"
            + " the first capital falls", baltic, baltic.ranked().size()),
        chart(TAIWAN_CHART_ID, "Taiwan Strait, " + taiwan.posture() + ": what decides whether"
            + " the invasion is defeated by day 30", taiwan, TAIWAN_SHOWN));
  }

  private static IntervalChart chart(String id, String title, Analysis analysis, int shown) {
    List<SobolIndex> rows = analysis.ranked().subList(0, shown);
    String rest = shown < analysis.result().indices().size()
        ? String.format(Locale.ROOT, " The %d parameters not shown have total effects of %.2f"
            + " or less.", analysis.result().indices().size() - shown,
            analysis.ranked().get(shown).total()) : "";
    return IntervalChart.builder(id, title)
        .categoryAxis("Parameter")
        .categories(rows.stream().map(SensitivitySection::name).toList())
        .valueAxis("Sobol' index", "share of variance")
        .series(new IntervalChart.Estimates("first order",
            rows.stream().map(s -> rounded(s.first())).toList(),
            rows.stream().map(s -> rounded(s.first() - s.firstHalfWidth())).toList(),
            rows.stream().map(s -> rounded(s.first() + s.firstHalfWidth())).toList()))
        .series(new IntervalChart.Estimates("total effect",
            rows.stream().map(s -> rounded(s.total())).toList(),
            rows.stream().map(s -> rounded(s.total() - s.totalHalfWidth())).toList(),
            rows.stream().map(s -> rounded(s.total() + s.totalHalfWidth())).toList()))
        .caption(analysis.caption() + rest)
        .build();
  }

  private static String name(SobolIndex index) {
    return index.input().replace('_', ' ');
  }

  private static double rounded(double value) {
    return Wording.rounded(value, 3);
  }
}
