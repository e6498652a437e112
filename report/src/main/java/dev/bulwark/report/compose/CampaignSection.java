package dev.bulwark.report.compose;

import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.posture.campaign.CampaignResult;
import dev.bulwark.posture.campaign.HoldProbability;
import dev.bulwark.posture.campaign.ObjectiveTimes;
import dev.bulwark.posture.campaign.ReinforcementArrival;
import dev.bulwark.report.ReportException;
import dev.bulwark.report.brief.BarChart;
import dev.bulwark.report.brief.Block;
import dev.bulwark.report.brief.Citation;
import dev.bulwark.report.brief.ColumnNames;
import dev.bulwark.report.brief.Note;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.TableBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The campaign section: for each case, the probability that the defence holds until each day (a
 * bar chart), the time to each objective (median and 10–90% range, hours), and the chance that
 * each reinforcement arrives before the first objective falls. Every figure is the campaign
 * model's ({@code docs/campaign-model.md}), with its runs, seed and model version stated.
 */
final class CampaignSection {

  static final String ID = "campaign";
  static final String CHART_ID = "campaign-holds";
  /** The published figures the campaign model is calibrated against. */
  static final Citation CITATION = new Citation(
      "Shlapak and Johnson, Reinforcing Deterrence on NATO's Eastern Flank: Wargaming the"
          + " Defense of the Baltics",
      "RAND Corporation, RR-1253-A, 2016 (calibration figures; the model and its assumptions"
          + " are in docs/campaign-model.md)",
      "cited for facts; the model's results are Bulwark's own");

  private CampaignSection() {}

  /** Returns the section for the cases, at least one. */
  static Section of(List<CampaignCase> cases) {
    ReportException.require(cases != null && !cases.isEmpty(),
        "the campaign section needs at least one case");
    CampaignResult first = cases.get(0).result();
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.of(summary(cases) + " Each case is " + first.runs()
        + " runs of the campaign model (" + first.modelVersion() + ", seed " + first.seed()
        + ", horizon " + first.horizonDays() + " days): Lanchester attrition by the hour,"
        + " Epstein's withdrawal and breakpoint rules, reinforcements by arrival day, air support"
        + " as a multiplier on the attacker's losses; every uncertain parameter drawn from a"
        + " triangular distribution."));
    blocks.add(holdChart(cases));
    blocks.add(timeTable(cases));
    reinforcementTable(cases).ifPresent(blocks::add);
    blocks.add(Note.of("Calibration: with the 2016 posture RAND's wargames (Shlapak and Johnson,"
        + " RR-1253, 2016) reached the outskirts of Tallinn or Riga in 36 to 60 hours; with about"
        + " seven brigades including three heavy armoured, supported by air power, RAND found the"
        + " rapid overrun could be prevented. Orders of battle mark each figure as published or"
        + " assumed; the model, its parameters and their sources are in docs/campaign-model.md."));
    return new Section(ID, "Does the defence of the Baltic states hold?", blocks);
  }

  /**
   * Returns the key finding: "With the 2016 (RAND) posture the first Baltic capital falls after
   * a median 52 hours; with RAND 7 brigades the defence holds 28 days in 88% of runs".
   */
  static String summary(List<CampaignCase> cases) {
    List<String> parts = new ArrayList<>();
    for (CampaignCase c : cases) {
      ObjectiveTimes first = c.result().first();
      int lastDay = c.result().holds().get(c.result().holds().size() - 1).day();
      parts.add(Double.isFinite(first.median())
          ? "with the " + c.label() + " posture the first capital falls after a median "
              + hours(first.median()) + " hours" + holdingObjectives(c.result())
          : "with the " + c.label() + " posture the defence holds " + lastDay + " days in "
              + percent(c.result().holdsUntil(lastDay)) + " of runs");
    }
    String joined = String.join("; ", parts);
    return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
  }

  /** Names the objectives that hold to the horizon in some runs: " (Riga holds 30 days in 70%)". */
  private static String holdingObjectives(CampaignResult result) {
    List<String> held = result.objectives().stream()
        .filter(o -> !o.objective().equals(result.first().objective()) && o.reachedShare() < 1)
        .map(o -> o.description() + " hold " + result.horizonDays() + " days in "
            + percent(1 - o.reachedShare()) + " of runs")
        .toList();
    return held.isEmpty() ? "" : " (" + String.join(", ", held) + ")";
  }

  private static BarChart holdChart(List<CampaignCase> cases) {
    List<HoldProbability> days = cases.get(0).result().holds();
    BarChart.Builder chart = BarChart.builder(CHART_ID, "Probability that the defence holds")
        .categoryAxis("Days after the attack")
        .categories(days.stream().map(h -> "day " + h.day()).toList())
        .valueAxis("Runs in which neither Tallinn nor Riga has fallen", "%")
        .caption("Source: Bulwark campaign model " + cases.get(0).result().modelVersion() + ", "
            + cases.get(0).result().runs() + " runs per posture, seed "
            + cases.get(0).result().seed() + ".");
    for (CampaignCase c : cases) {
      chart.series(c.label(), c.result().holds().stream()
          .mapToDouble(h -> Wording.rounded(100 * h.probability(), 1)).toArray());
    }
    return chart.build();
  }

  private static TableBlock timeTable(List<CampaignCase> cases) {
    Table table = Table.of(Column.text("posture", "the case's posture").withHeading("Posture"),
        Column.text("objective", "the attacker's objective").withHeading("Objective"),
        hoursColumn("median_hours", "the median", "Median"),
        hoursColumn("p10_hours", "the 10th percentile", "10th percentile"),
        hoursColumn("p90_hours", "the 90th percentile", "90th percentile"),
        Column.number("reached_pct_of_runs", "% of runs", 0, "the share of runs in which the"
            + " attacker reaches it within the horizon").withHeading("Reached within the horizon"))
        .notes("held = the objective was not reached within "
            + cases.get(0).result().horizonDays() + " days in at least that share of runs.");
    for (CampaignCase c : cases) {
      for (ObjectiveTimes o : c.result().objectives()) {
        table.row(c.label(), o.description(), hoursOrHeld(o.median()), hoursOrHeld(o.p10()),
            hoursOrHeld(o.p90()), 100 * o.reachedShare());
      }
    }
    return TableBlock.of(table, "Time for the attacker to reach each objective");
  }

  private static Column hoursColumn(String name, String statistic, String heading) {
    return Column.number(name, "hours", 0, statistic + " of the runs' hours to the objective,"
        + " held when it falls beyond the horizon").withHeading(heading);
  }

  private static Optional<TableBlock> reinforcementTable(List<CampaignCase> cases) {
    Map<String, Map<String, Double>> byUnit = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (CampaignCase c : cases) {
      for (ReinforcementArrival r : c.result().reinforcements()) {
        byUnit.computeIfAbsent(r.unit(), u -> new LinkedHashMap<>()).put(c.label(), r.inTime());
        names.put(r.unit(), r.name() + " (day " + days(r.scheduledDay()) + ")");
      }
    }
    if (byUnit.isEmpty()) {
      return Optional.empty();
    }
    List<Column> columns = new ArrayList<>(List.of(Column.text("reinforcement", "the unit and"
        + " its scheduled arrival day").withHeading("Reinforcement")));
    cases.forEach(c -> columns.add(Column.number(ColumnNames.of("in time pct", c.label()),
        "% in time", 0, "the share of runs in which it arrives before the first objective"
            + " falls, " + c.label()).withHeading(c.label())));
    Table table = Table.of(columns).notes("– = not in that posture. Arrival days are scheduled;"
        + " each run stretches them by its reinforcement delay (0.8 to 1.5).");
    for (Map.Entry<String, Map<String, Double>> unit : byUnit.entrySet()) {
      List<Object> row = new ArrayList<>(List.of(names.get(unit.getKey())));
      cases.forEach(c -> row.add(unit.getValue().containsKey(c.label())
          ? 100 * unit.getValue().get(c.label()) : null));
      table.row(row.toArray());
    }
    return Optional.of(TableBlock.of(table, "Reinforcements arriving before the first objective"
        + " falls"));
  }

  /** Returns the hours as a number, or "held" when the objective falls beyond the horizon. */
  private static Object hoursOrHeld(double hours) {
    return Double.isFinite(hours) ? (Object) hours : "held";
  }

  private static String hours(double hours) {
    return String.format(Locale.ROOT, "%.0f", hours);
  }

  private static String days(double days) {
    return days == Math.rint(days) ? String.format(Locale.ROOT, "%.0f", days)
        : String.format(Locale.ROOT, "%.1f", days);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }
}
