package dev.bulwark.cli;

import dev.bulwark.cli.output.Column;
import dev.bulwark.cli.output.Tabular;
import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.campaign.CampaignResult;
import dev.bulwark.posture.campaign.CampaignSimulation;
import dev.bulwark.posture.campaign.HoldProbability;
import dev.bulwark.posture.campaign.ObjectiveTimes;
import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.posture.campaign.ReinforcementArrival;
import dev.bulwark.posture.campaign.ScenarioChanges;
import dev.bulwark.posture.campaign.Theatre;
import dev.bulwark.posture.campaign.Theatres;
import dev.bulwark.posture.campaign.Tornado;
import dev.bulwark.posture.campaign.TornadoBar;
import dev.bulwark.posture.campaign.TornadoResult;
import dev.bulwark.posture.scenario.ScenarioFile;
import dev.bulwark.report.compose.CampaignBrief;
import dev.bulwark.report.compose.CampaignCase;
import dev.bulwark.report.html.BriefRenderer;
import dev.bulwark.report.html.BriefWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs the campaign model of a theatre: does a posture's defence hold, and how sure is that? */
@Command(name = "campaign", mixinStandardHelpOptions = true,
    description = {
        "Runs the campaign model of a theatre (baltic: a Russian offensive towards Tallinn and",
        "Riga) many times with its uncertain parameters drawn at random, and answers for a",
        "posture: the time the attacker needs to reach each objective (quantiles, hours), the",
        "probability that the defence holds until day 1, 2, 3, 7, 14 and 28, and whether each",
        "reinforcement arrives before the first capital falls. --show tornado reruns it with",
        "each parameter at its low and high. --scenario applies a scenario file's",
        "orders_of_battle to the posture and answers for both. --out DIR writes the charts as",
        "an HTML page. The same --seed gives the same answer on any number of --threads.",
        "Model, parameters and sources: docs/campaign-model.md.",
    },
    footer = {"", "Examples:", "  bulwark campaign baltic --runs 2000",
        "  bulwark campaign baltic --posture baltic-rand-7-brigades --show holds --runs 2000",
        "  bulwark campaign baltic --posture baltic-2025 --show reinforcements --runs 2000",
        "  bulwark campaign baltic --show tornado --runs 1000 --format csv > tornado.csv"})
final class CampaignCommand implements Runnable {

  /** The posture a campaign runs, and a scenario edits, unless told otherwise. */
  static final String DEFAULT_POSTURE = "baltic-2016";

  /** Which table to print. */
  enum Show { OBJECTIVES, HOLDS, REINFORCEMENTS, TORNADO }

  private static final List<Integer> HOLD_DAYS = List.of(1, 2, 3, 7, 14, 28);

  @Spec
  private CommandSpec spec;

  @Mixin
  private OutputOptions output;

  @Parameters(index = "0", paramLabel = "THEATRE", description = "The theatre: baltic.")
  private String theatre;

  @Option(names = "--posture", defaultValue = DEFAULT_POSTURE, paramLabel = "ID",
      description = "The posture: baltic-2016 (RAND RR-1253, default), baltic-efp-2017, "
          + "baltic-2025, baltic-rand-7-brigades.")
  private String posture;

  @Option(names = "--scenario", paramLabel = "FILE",
      description = "A scenario file whose orders_of_battle change the posture "
          + "(docs/scenarios.md); both are answered.")
  private Path scenario;

  @Option(names = "--runs", defaultValue = "100000", paramLabel = "N",
      description = "Replications per posture (default: ${DEFAULT-VALUE}).")
  private int runs;

  @Option(names = "--seed", defaultValue = "1253", paramLabel = "S",
      description = "Seed of the random streams (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads (default: all cores); the answer does not depend on it.")
  private Integer threads;

  @Option(names = "--horizon", defaultValue = "30", paramLabel = "DAYS",
      description = "Days each replication runs at most (default: ${DEFAULT-VALUE}).")
  private int horizon;

  @Option(names = "--show", defaultValue = "objectives", paramLabel = "TABLE",
      converter = ShowConverter.class,
      description = "objectives (default), holds, reinforcements or tornado.")
  private Show show;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Also write the charts and tables as DIR/index.html.")
  private Path out;

  @Override
  public void run() {
    Theatre chosen = theatre();
    List<Posture> postures = new ArrayList<>(List.of(Posture.bundled(posture)));
    if (scenario != null) {
      postures.add(ScenarioChanges.apply(ScenarioFile.read(scenario), chosen, postures.get(0)));
    }
    CampaignSimulation simulation = simulation();
    Tabular table = show == Show.TORNADO ? tornado(chosen, postures, simulation)
        : answers(chosen, postures, simulation);
    output.print(table);
  }

  private Theatre theatre() {
    if (!"baltic".equals(theatre.strip().toLowerCase(Locale.ROOT))) {
      throw PostureException.badInput("unknown theatre '" + theatre + "': expected baltic");
    }
    return Theatres.bundled().defaultTheatre();
  }

  private CampaignSimulation simulation() {
    List<Integer> days = HOLD_DAYS.stream().filter(d -> d <= horizon).toList();
    CampaignSimulation simulation = CampaignSimulation.withDefaults().withRuns(runs).withSeed(seed)
        .withHoldDays(days.isEmpty() ? List.of(1) : days).withHorizonDays(horizon);
    if (threads != null) {
      simulation = simulation.withThreads(threads);
    }
    return System.console() != null
        ? simulation.withProgress(new ProgressBar(spec.commandLine().getErr())) : simulation;
  }

  private Tabular answers(Theatre chosen, List<Posture> postures, CampaignSimulation simulation) {
    List<CampaignResult> results = postures.stream().map(p -> simulation.run(chosen, p)).toList();
    if (out != null) {
      writePage(chosen, postures, results);
    }
    Tabular table = switch (show) {
      case HOLDS -> holds(results);
      case REINFORCEMENTS -> reinforcements(results);
      default -> objectives(results);
    };
    CampaignResult first = results.get(0);
    table.note("");
    table.note(first.runs() + " runs per posture, seed " + first.seed() + ", horizon "
        + first.horizonDays() + " days, model " + first.modelVersion()
        + " (docs/campaign-model.md).");
    table.note("Calibrated to RAND RR-1253 (Shlapak and Johnson 2016): 36-60 hours to the"
        + " outskirts of Tallinn or Riga with the 2016 posture.");
    return table;
  }

  private static Tabular objectives(List<CampaignResult> results) {
    Tabular table = new Tabular(Column.text("posture"), Column.text("objective"),
        Column.number("hours_p10", 0), Column.number("hours_p25", 0),
        Column.number("hours_median", 0), Column.number("hours_p75", 0),
        Column.number("hours_p90", 0), Column.number("reached_pct", 1));
    for (CampaignResult r : results) {
      for (ObjectiveTimes o : r.objectives()) {
        table.row(r.posture(), o.objective(), hours(o.p10()), hours(o.p25()), hours(o.median()),
            hours(o.p75()), hours(o.p90()), 100 * o.reachedShare());
      }
    }
    return table.note("Empty hours (-): fewer runs than that quantile reached the objective within"
        + " the horizon (it held). 'first' is whichever objective falls first.");
  }

  private static Tabular holds(List<CampaignResult> results) {
    Tabular table = new Tabular(Column.text("posture"), Column.text("day"),
        Column.number("holds_pct", 1));
    for (CampaignResult r : results) {
      for (HoldProbability h : r.holds()) {
        table.row(r.posture(), h.day(), 100 * h.probability());
      }
    }
    return table.note("holds_pct: share of runs in which neither objective had fallen by the"
        + " end of that day.");
  }

  private static Tabular reinforcements(List<CampaignResult> results) {
    Tabular table = new Tabular(Column.text("posture"), Column.text("unit"), Column.text("name"),
        Column.number("scheduled_day", 1), Column.number("in_time_pct", 1));
    for (CampaignResult r : results) {
      for (ReinforcementArrival a : r.reinforcements()) {
        table.row(r.posture(), a.unit(), a.name(), a.scheduledDay(), 100 * a.inTime());
      }
      table.row(r.posture(), "all", "every scheduled reinforcement", null,
          100 * r.reinforcementsInTime());
    }
    return table.note("in_time_pct: share of runs in which the unit arrived before the first"
        + " objective fell; each run stretches arrival days by its delay factor (0.8-1.5).");
  }

  private Tabular tornado(Theatre chosen, List<Posture> postures, CampaignSimulation simulation) {
    Tabular table = new Tabular(Column.text("posture"), Column.text("parameter"),
        Column.text("symbol"), Column.text("unit"), Column.number("low", 3),
        Column.number("high", 3), Column.number("median_hours_at_low", 0),
        Column.number("median_hours_at_high", 0), Column.number("holds_pct_at_low", 1),
        Column.number("holds_pct_at_high", 1));
    int day = Math.min(14, horizon);
    for (Posture p : postures) {
      TornadoResult result = Tornado.withDefaults().withSimulation(simulation).withHoldDay(day)
          .analyse(chosen, p);
      for (TornadoBar bar : result.bars()) {
        table.row(p.id(), bar.parameter().name().toLowerCase(Locale.ROOT),
            bar.parameter().symbol(), bar.parameter().unit(), bar.low(), bar.high(),
            hours(bar.medianHoursAtLow()), hours(bar.medianHoursAtHigh()),
            100 * bar.holdAtLow(), 100 * bar.holdAtHigh());
      }
      table.note(p.id() + ": with every parameter drawn, median time to the first objective "
          + text(result.baseMedianHours()) + ", holds " + day + " days in "
          + String.format(Locale.ROOT, "%.1f%%", 100 * result.baseHold()) + " of runs.");
    }
    return table.note("Each parameter fixed at its low, then its high, the others drawn; same"
        + " seed throughout. Sorted by the swing of holds_pct, then of the median."
        + " Empty median (-): the median run held.");
  }

  private void writePage(Theatre chosen, List<Posture> postures, List<CampaignResult> results) {
    List<CampaignCase> cases = new ArrayList<>();
    for (int i = 0; i < postures.size(); i++) {
      cases.add(new CampaignCase(postures.get(i).id(), results.get(i)));
    }
    Path page = new BriefWriter(new BriefRenderer())
        .write(CampaignBrief.withDefaults().compose(cases).brief(), out);
    spec.commandLine().getErr().println("charts written to " + page.toAbsolutePath().normalize()
        + " (" + chosen.name() + ")");
  }

  private static Double hours(double hours) {
    return Double.isFinite(hours) ? hours : null;
  }

  private static String text(double hours) {
    return Double.isFinite(hours) ? String.format(Locale.ROOT, "%.0f hours", hours)
        : "beyond the horizon";
  }

  /** Converts "holds", "HOLDS" and friends. */
  static final class ShowConverter implements picocli.CommandLine.ITypeConverter<Show> {
    @Override
    public Show convert(String value) {
      try {
        return Show.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "expected objectives, holds, reinforcements or tornado, was '" + value + "'");
      }
    }
  }
}
