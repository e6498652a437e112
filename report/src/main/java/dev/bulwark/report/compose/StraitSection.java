package dev.bulwark.report.compose;

import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.posture.campaign.StraitLoss;
import dev.bulwark.posture.campaign.StraitOutcome;
import dev.bulwark.posture.campaign.StraitResult;
import dev.bulwark.posture.campaign.StraitSimulation;
import dev.bulwark.posture.campaign.Theatre;
import dev.bulwark.posture.campaign.Theatres;
import dev.bulwark.report.ReportException;
import dev.bulwark.report.brief.BarChart;
import dev.bulwark.report.brief.Citation;
import dev.bulwark.report.brief.Note;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.TableBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Does deterrence hold in the Taiwan Strait? The strait model ({@code docs/taiwan-model.md}) run
 * for the cases of {@code strait-cases.yaml} beside this class: CSIS's base case, each of CSIS's
 * four conditions failing, and today's INDOPACOM posture, each under a short label. For each, the share of
 * runs in which the invasion is defeated, stalls or takes Taipei by the last day (a chart and a
 * table) and the mean losses CSIS reports (PLA ships, US carriers, US killed). The postures run
 * together with common random numbers, 20,000 runs each by default (seed 1253), so that the brief
 * takes well under a second for them; the model's documented figures are of 100,000 runs.
 */
final class StraitSection {

  static final String ID = "taiwan";
  static final String CHART_ID = "taiwan-outcomes";
  /** The theatre the section runs. */
  static final String THEATRE = "taiwan";
  /** The share of runs from which the summary names a posture's stalemates. */
  static final double NAMED_STALEMATE = 0.05;
  /** The runs per posture of the brief. */
  static final int RUNS = 20_000;
  /** The wargames the strait model is calibrated against. */
  static final Citation CITATION = new Citation(
      "Cancian, Cancian and Heginbotham, The First Battle of the Next War: Wargaming a Chinese"
          + " Invasion of Taiwan",
      "CSIS, January 2023 (calibration figures; the model and its assumptions are in"
          + " docs/taiwan-model.md)",
      "cited for facts; the model's results are Bulwark's own");

  /** The standard cases, beside this class. */
  private static final String CASES = "strait-cases.yaml";

  /**
   * One posture's result with the label the brief gives it.
   *
   * @param label the label in the chart and the table
   * @param result the Monte Carlo result
   */
  record Case(String label, StraitResult result) {
    Case {
      ReportException.require(label != null && !label.isBlank() && result != null,
          "a Taiwan Strait case needs a label and a result, had " + label + " and " + result);
    }
  }

  /**
   * The standard cases as the data file lists them.
   *
   * @param cases each posture's id and label, in the order the brief shows them
   */
  record Listed(List<Labelled> cases) {
    Listed {
      ReportException.require(cases != null && !cases.isEmpty(), CASES + " lists no cases");
      cases = List.copyOf(cases);
    }
  }

  /**
   * One listed case: a bundled posture of the theatre and its label.
   *
   * @param label how the brief names it
   * @param posture the bundled posture's id
   */
  record Labelled(String label, String posture) {
    Labelled {
      ReportException.require(label != null && posture != null, CASES + ": a case needs a label"
          + " and a posture");
    }
  }

  private StraitSection() {}

  /** Runs the cases of {@code strait-cases.yaml} with this simulation, under their labels. */
  static List<Case> standardCases(StraitSimulation simulation) {
    Theatres theatres = Theatres.bundled();
    Theatre theatre = theatres.theatre(THEATRE);
    List<Labelled> listed = listed().cases();
    List<StraitResult> results = simulation.runTogether(theatre, listed.stream()
        .map(c -> dev.bulwark.posture.campaign.CampaignCase.of(theatre,
            theatres.posture(c.posture()))).toList());
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < listed.size(); i++) {
      cases.add(new Case(listed.get(i).label(), results.get(i)));
    }
    return List.copyOf(cases);
  }

  private static Listed listed() {
    return CaseFiles.read(CASES, Listed.class);
  }


  /** Runs the standard cases at the brief's {@value #RUNS} runs, seed 1253, all cores. */
  static List<Case> standardCases() {
    return standardCases(StraitSimulation.withDefaults().withRuns(RUNS));
  }

  /** Returns the section for the cases, the base case first. */
  static Section of(List<Case> cases) {
    ReportException.require(cases != null && !cases.isEmpty(),
        "the Taiwan Strait section needs at least one case");
    StraitResult first = cases.get(0).result();
    return Section.of(ID, "Does deterrence hold in the Taiwan Strait?",
        Paragraph.of(summary(cases) + " Each posture is " + Wording.fixed(first.runs(), 0)
            + " runs of the strait model (" + first.modelVersion() + ", seed " + first.seed()
            + ", outcome by day " + first.horizonDays() + "), the postures run together with"
            + " common random numbers; the runs are kept modest so the brief is quick, and"
            + " docs/taiwan-model.md gives the same figures at 100,000 runs. Each run plays the"
            + " PLA's missile campaign against the allies' bases, the crossing in waves under"
            + " the allies' anti-ship salvos, and the lodgement's fight ashore on the"
            + " Lanchester-Epstein equations of the Baltic model, every uncertain parameter"
            + " drawn from a triangular distribution."),
        chart(cases), table(cases),
        Note.of("Calibration: in CSIS's wargames (Cancian, Cancian and Heginbotham 2023) the"
            + " United States, Taiwan and Japan defeat the invasion in most iterations, at great"
            + " cost, provided that Taiwan's ground forces resist, that Taiwan is stocked"
            + " before the war (no Ukraine model), that the US fights from its bases in Japan"
            + " and that it has enough long-range anti-ship missiles; CSIS's base case loses the"
            + " US about 2 carriers and 3,200 killed, and China about 138 major ships. The"
            + " model is calibrated so that the base case is defeated in at least 60% of runs"
            + " and each failed condition lowers that by at least 15 points; every parameter"
            + " but the 3.5-day turn is an assumption (docs/taiwan-model.md)."));
  }

  /**
   * Returns the key finding: "In the CSIS base case the invasion is defeated by day 30 in 99.7%
   * of runs; in the other postures: No Japan bases: 82.4%; ...; Ukraine model: 10.3% (stalemate
   * 85.0%); ...",
   * naming the stalemates of a posture where they are at least {@value #NAMED_STALEMATE} of runs.
   */
  static String summary(List<Case> cases) {
    Case base = cases.get(0);
    List<String> others = cases.stream().skip(1)
        .map(c -> c.label() + ": " + percent(defeated(c)) + (stalemate(c) >= NAMED_STALEMATE
            ? " (stalemate " + percent(stalemate(c)) + ")" : "")).toList();
    return "In the " + base.label() + " the invasion is defeated by day "
        + base.result().horizonDays() + " in " + percent(defeated(base)) + " of runs"
        + (others.isEmpty() ? "." : "; in the other postures: " + String.join("; ", others)
            + ".");
  }

  private static BarChart chart(List<Case> cases) {
    StraitResult first = cases.get(0).result();
    BarChart.Builder chart = BarChart.builder(CHART_ID, "How the invasion ends by day "
            + first.horizonDays())
        .categoryAxis("Posture")
        .categories(cases.stream().map(Case::label).toList())
        .valueAxis("Runs", "%")
        .caption("Source: Bulwark strait model " + first.modelVersion() + ", "
            + Wording.fixed(first.runs(), 0) + " runs per posture, seed " + first.seed() + ".");
    for (StraitOutcome outcome : StraitOutcome.values()) {
      chart.series(outcome.id().replace('_', ' '), cases.stream().mapToDouble(c ->
          Wording.rounded(100 * c.result().probability(outcome), 1)).toArray());
    }
    return chart.build();
  }

  private static TableBlock table(List<Case> cases) {
    StraitResult first = cases.get(0).result();
    Table table = Table.of(Column.text("posture", "the case's posture").withHeading("Posture"),
        outcome(StraitOutcome.INVASION_DEFEATED, "Defeated"),
        outcome(StraitOutcome.STALEMATE, "Stalemate"),
        outcome(StraitOutcome.CAPITAL_TAKEN, "Taipei taken"),
        Column.number("pla_major_ships", "ships", 0, "mean PLA major ships sunk")
            .withHeading("PLA ships sunk"),
        Column.number("us_carriers", "ships", 1, "mean US carriers lost")
            .withHeading("US carriers lost"),
        Column.number("us_killed", "people", 0, "mean US service members killed")
            .withHeading("US killed"))
        .notes("Outcome by day " + first.horizonDays() + ": defeated = the lodgement broke"
            + " while cut off from its lift; Taipei taken = the advance reached the capital;"
            + " stalemate = a lodgement that holds on but has not taken the capital. Losses are"
            + " means over the runs, counted to the day the outcome was decided. Model "
            + first.modelVersion() + ", " + first.runs() + " runs per posture, seed "
            + first.seed() + ".");
    for (Case c : cases) {
      StraitResult r = c.result();
      table.row(c.label(), 100 * r.probability(StraitOutcome.INVASION_DEFEATED),
          100 * r.probability(StraitOutcome.STALEMATE),
          100 * r.probability(StraitOutcome.CAPITAL_TAKEN), r.mean(StraitLoss.PLA_MAJOR_SHIPS),
          r.mean(StraitLoss.US_CARRIERS), r.mean(StraitLoss.US_KILLED));
    }
    return TableBlock.of(table, "How the invasion ends, and what it costs, by posture");
  }

  private static Column outcome(StraitOutcome outcome, String heading) {
    return Column.number(outcome.id() + "_pct", "% of runs", 1, "the share of runs ending "
        + outcome.id() + " by the last day").withHeading(heading);
  }

  private static double defeated(Case c) {
    return c.result().probability(StraitOutcome.INVASION_DEFEATED);
  }

  private static double stalemate(Case c) {
    return c.result().probability(StraitOutcome.STALEMATE);
  }

  /** To one decimal, so that 99.7% does not read as a certain 100%. */
  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
