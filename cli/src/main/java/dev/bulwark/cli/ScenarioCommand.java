package dev.bulwark.cli;

import dev.bulwark.burden.path.AllyPath;
import dev.bulwark.burden.path.GdpGrowth;
import dev.bulwark.burden.path.PathReport;
import dev.bulwark.burden.path.PathYear;
import dev.bulwark.burden.path.TargetPath;
import dev.bulwark.cli.output.Column;
import dev.bulwark.cli.output.Tabular;
import dev.bulwark.core.unit.Percent;
import dev.bulwark.posture.scenario.FigureChange;
import dev.bulwark.posture.scenario.ForceScenario;
import dev.bulwark.posture.scenario.Scenario;
import dev.bulwark.posture.scenario.ScenarioFile;
import dev.bulwark.posture.scenario.SpendingChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Scenario files: what-ifs across the three questions, and the figures they change. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
    subcommands = ScenarioCommand.RunScenario.class,
    description = {
        "What-ifs from a YAML scenario file (format: docs/scenarios.md): move US forces",
        "between hosts and commands, change an ally's spending path, add or withdraw units from",
        "a theatre's order of battle, withdraw a state from an instrument. 'scenario run'",
        "prints every figure that changed against the baseline.",
    },
    footer = {"", "Examples:",
        "  bulwark scenario run docs/scenarios/europe-to-indo-pacific.yaml",
        "  bulwark scenario run docs/scenarios/baltic-reinforced.yaml --format csv > changes.csv"})
final class ScenarioCommand implements Runnable {

  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Applies a scenario file and lists the changed figures. */
  @Command(name = "run", mixinStandardHelpOptions = true,
      description = {
          "Applies the scenario and prints one row per figure that changed: posture (each",
          "place's and command's active duty, the reconciled figures), spending (the ally's",
          "share of GDP and spending in the target year and the growth it needs, against the",
          "3.5%% by 2035 path), guarantees (each protected state's guarantors and their",
          "spending once the withdrawals take effect), and the order-of-battle edits it carries",
          "for the campaign model (hours to Tallinn and Riga, the share of runs reaching them",
          "and the chance the defence holds 7 and 28 days; 20,000 runs, seed 1253, before and",
          "after).",
          "A relative FILE not found in the working directory is looked for in its parent",
          "directories, so the examples run from anywhere inside a Bulwark checkout.",
      },
      footer = {"", "Examples:",
          "  bulwark scenario run docs/scenarios/europe-to-indo-pacific.yaml"})
  static final class RunScenario implements Runnable {

    @Mixin
    private OutputOptions output;

    @Mixin
    private AllianceOptions options;

    @Parameters(paramLabel = "FILE", description = "The scenario file (YAML).")
    private Path file;

    @Override
    public void run() {
      Scenario scenario = ScenarioFile.read(locate(file));
      Tabular out = new Tabular(Column.text("question"), Column.text("subject"),
          Column.text("name"), Column.text("measure"), Column.number("baseline", 2),
          Column.number("scenario", 2), Column.number("change", 2), Column.text("status"),
          Column.text("basis"));
      if (!scenario.forces().isEmpty()) {
        ForceScenario.Result result = ForceScenario.withDefaults().apply(scenario);
        result.changes().forEach(c -> row(out, c));
        out.note("posture baseline: DMDC " + result.quarter() + "; a brigade is 4,500 personnel");
      }
      scenario.spending().forEach(change -> spending(out, change));
      if (!scenario.ordersOfBattle().isEmpty()) {
        out.note("campaign baseline: the bundled postures; " + CampaignEffects.apply(scenario, out)
            + "; 'bulwark campaign baltic --scenario FILE' gives the distributions");
      }
      if (!scenario.withdrawals().isEmpty()) {
        LocalDate day = Withdrawals.apply(scenario.withdrawals(), options.panel(), out);
        out.note("guarantee baseline: the bundled treaty base; umbrellas compared on " + day);
      }
      out.note("scenario: " + scenario.name());
      output.print(out);
    }

    private void spending(Tabular out, SpendingChange change) {
      String iso3 = options.ledger().countries().resolve(change.country()).iso3();
      TargetPath base = options.source().map(TargetPath.withDefaults()::withSource)
          .orElse(TargetPath.withDefaults());
      TargetPath changed = base.withTarget(Percent.of(change.targetSharePct()), change.by());
      if (change.gdpGrowthPct() != null) {
        changed = changed.withGrowth(GdpGrowth.flat(change.gdpGrowthPct() / 100.0));
      }
      PathReport before = base.project(options.panel(), options.alliance());
      PathReport after = changed.project(options.panel(), options.alliance());
      AllyPath b = before.ally(iso3);
      AllyPath a = after.ally(iso3);
      int year = Math.min(change.by(), before.targetYear());
      String basis = "path rule of 'bulwark path': baseline " + before.target() + " by "
          + before.targetYear() + " (" + before.growth().describe() + "); scenario "
          + after.target() + " by " + after.targetYear() + " (" + after.growth().describe()
          + "); from " + String.join("; ", a.provenance());
      PathYear by = at(b, year);
      PathYear ay = at(a, year);
      out.row("spending", iso3, options.name(iso3), "share_gdp_pct_" + year, by.sharePct(),
          ay.sharePct(), ay.sharePct() - by.sharePct(), "applied", basis);
      out.row("spending", iso3, options.name(iso3), "spending_usd_current_m_" + year,
          by.spendingUsdMillion(), ay.spendingUsdMillion(),
          ay.spendingUsdMillion() - by.spendingUsdMillion(), "applied", basis);
      out.row("spending", iso3, options.name(iso3), "required_spending_growth_pct",
          100 * b.requiredSpendingGrowth(), 100 * a.requiredSpendingGrowth(),
          100 * (a.requiredSpendingGrowth() - b.requiredSpendingGrowth()), "applied", basis);
    }

    private static PathYear at(AllyPath path, int year) {
      return path.years().stream().filter(y -> y.year() == year).findFirst()
          .orElse(path.years().get(path.years().size() - 1));
    }

    private static void row(Tabular out, FigureChange c) {
      out.row(c.question(), c.subject(), PlaceNames.of(c.subject()), c.measure(), c.baseline(),
          c.scenario(), c.change(), "applied", c.basis());
    }

    /** The file as given, or, when relative and absent, the first match in a parent directory. */
    private static Path locate(Path file) {
      if (file.isAbsolute() || Files.exists(file)) {
        return file;
      }
      for (Path dir = Path.of("").toAbsolutePath().getParent(); dir != null;
          dir = dir.getParent()) {
        if (Files.exists(dir.resolve(file))) {
          return dir.resolve(file);
        }
      }
      return file;
    }
  }
}
