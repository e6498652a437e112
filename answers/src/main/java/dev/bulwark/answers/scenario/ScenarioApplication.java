package dev.bulwark.answers.scenario;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.division.PoolMoves;
import dev.bulwark.answers.posture.CampaignCatalogue;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.burden.path.AllyPath;
import dev.bulwark.burden.path.GdpGrowth;
import dev.bulwark.burden.path.PathReport;
import dev.bulwark.burden.path.PathYear;
import dev.bulwark.burden.path.TargetPath;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.unit.Percent;
import dev.bulwark.guarantees.engine.ObligationEngine;
import dev.bulwark.guarantees.treaty.Treaties;
import dev.bulwark.guarantees.weight.Umbrella;
import dev.bulwark.posture.campaign.CampaignResult;
import dev.bulwark.posture.campaign.CampaignCase;
import dev.bulwark.posture.campaign.CampaignSimulation;
import dev.bulwark.posture.campaign.ObjectiveTimes;
import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.posture.campaign.ScenarioChanges;
import dev.bulwark.posture.campaign.StraitOutcome;
import dev.bulwark.posture.campaign.StraitResult;
import dev.bulwark.posture.campaign.StraitSimulation;
import dev.bulwark.posture.campaign.Theatre;
import dev.bulwark.posture.scenario.FigureChange;
import dev.bulwark.posture.scenario.ForceScenario;
import dev.bulwark.posture.scenario.InstrumentWithdrawal;
import dev.bulwark.posture.scenario.OrderOfBattleEdit;
import dev.bulwark.posture.scenario.Scenario;
import dev.bulwark.posture.scenario.SpendingChange;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies a scenario to every engine it touches, in one place for every adapter: force moves to
 * the posture ledger, spending changes to the path rule, order-of-battle edits to the campaign
 * model (run before and after with the same seed), and withdrawals from instruments to the
 * obligation engine (each protected state's umbrella before and after). The result lists one row
 * per figure that changed.
 */
public final class ScenarioApplication {

  /** Replications of each campaign run a scenario's order-of-battle edits cause. */
  public static final int CAMPAIGN_RUNS = 20_000;
  /** The seed of those runs. */
  public static final long CAMPAIGN_SEED = 1253;
  private static final List<Integer> HOLD_DAYS = List.of(7, 28);

  private final AnswerContext context;
  private final String alliance;
  private final Optional<SpendingSource> source;

  /**
   * Returns the application over a context, with the alliance and source the spending paths use.
   */
  public ScenarioApplication(AnswerContext context, String alliance,
      Optional<SpendingSource> source) {
    this.context = context;
    this.alliance = alliance;
    this.source = source;
  }

  /**
   * Returns the posture a scenario's order-of-battle edits make of a baseline posture. The edits
   * of the scenario's other theatres are applied too, to the postures they name (or their
   * theatre's first) and dropped, so a file gets one verdict whichever theatre runs it: one whose
   * Taiwan edit names an unknown munition is refused on a Baltic posture as well.
   */
  public static Posture ordersOfBattle(Scenario scenario, Theatre theatre, Posture baseline) {
    return ParamTypes.guarded("scenario", scenario.name(), name -> {
      Map<String, String> others = new LinkedHashMap<>();
      for (OrderOfBattleEdit edit : scenario.ordersOfBattle()) {
        if (!edit.theatre().equals(theatre.id())) {
          others.merge(edit.theatre(), edit.posture() == null ? "" : edit.posture(),
              (named, next) -> named.isEmpty() ? next : named);
        }
      }
      others.forEach((id, posture) -> {
        Theatre other = CampaignCatalogue.theatre(id);
        ScenarioChanges.apply(scenario, other, CampaignCatalogue.posture(id,
            posture.isEmpty() ? other.postures().get(0) : posture), PoolMoves.bundled());
      });
      return ScenarioChanges.apply(scenario, theatre, baseline, PoolMoves.bundled());
    });
  }

  /** Applies the scenario: one row per figure that changed, with its basis. */
  public Table apply(Scenario scenario) {
    Table out = Table.of(Column.text("question", "posture, spending, campaign or guarantees"),
        Column.text("subject", "the place, state or posture the figure is about"),
        Column.text("name", "its name"), Column.text("measure", "the figure, with its unit"),
        Column.number("baseline", "as the measure says", 2, "the figure without the scenario"),
        Column.number("scenario", "as the measure says", 2, "the figure with the scenario"),
        Column.number("change", "as the measure says", 2, "scenario minus baseline"),
        Column.text("status", "applied"), Column.text("basis", "how the figure was computed"));
    if (!scenario.forces().isEmpty()) {
      ForceScenario.Result result = ParamTypes.guarded("scenario", scenario.name(),
          name -> ForceScenario.withDefaults().withBaseline(context.posture()).apply(scenario));
      result.changes().forEach(c -> row(out, c));
      out.notes("posture baseline: DMDC " + result.quarter() + "; a brigade is 4,500 personnel");
    }
    scenario.spending().forEach(change -> spending(out, change));
    if (!scenario.ordersOfBattle().isEmpty()) {
      out.notes("campaign baseline: the bundled postures; " + campaign(scenario, out)
          + "; 'bulwark campaign THEATRE --scenario FILE' gives the distributions");
    }
    if (!scenario.withdrawals().isEmpty()) {
      LocalDate day = withdrawals(scenario.withdrawals(), out);
      out.notes("guarantee baseline: the bundled treaty base; umbrellas compared on " + day);
    }
    return out.notes("scenario: " + scenario.name()).query("scenario", scenario.name());
  }

  private void spending(Table out, SpendingChange change) {
    String iso3 = ParamTypes.guarded("spending.country", change.country(),
        c -> context.countries().resolve(c).iso3());
    Alliance members = context.ledger().alliance(alliance);
    TargetPath base = source.map(TargetPath.withDefaults()::withSource)
        .orElse(TargetPath.withDefaults());
    TargetPath changed = base.withTarget(Percent.of(change.targetSharePct()), change.by());
    if (change.gdpGrowthPct() != null) {
      changed = changed.withGrowth(GdpGrowth.flat(change.gdpGrowthPct() / 100.0));
    }
    PathReport before = base.project(context.ledger().panel(), members);
    PathReport after = changed.project(context.ledger().panel(), members);
    AllyPath b = before.ally(iso3);
    AllyPath a = after.ally(iso3);
    int year = Math.min(change.by(), before.targetYear());
    String basis = "path rule of 'bulwark path': baseline " + before.target() + " by "
        + before.targetYear() + " (" + before.growth().describe() + "); scenario "
        + after.target() + " by " + after.targetYear() + " (" + after.growth().describe()
        + "); from " + String.join("; ", a.provenance());
    PathYear by = at(b, year);
    PathYear ay = at(a, year);
    String name = name(iso3);
    out.row("spending", iso3, name, "share_gdp_pct_" + year, by.sharePct(), ay.sharePct(),
        ay.sharePct() - by.sharePct(), "applied", basis);
    out.row("spending", iso3, name, "spending_usd_current_m_" + year, by.spendingUsdMillion(),
        ay.spendingUsdMillion(), ay.spendingUsdMillion() - by.spendingUsdMillion(), "applied",
        basis);
    out.row("spending", iso3, name, "required_spending_growth_pct",
        100 * b.requiredSpendingGrowth(), 100 * a.requiredSpendingGrowth(),
        100 * (a.requiredSpendingGrowth() - b.requiredSpendingGrowth()), "applied", basis);
  }

  /**
   * Runs each posture the edits change before and after, together in one pass with common random
   * numbers; returns the basis sentence.
   */
  private String campaign(Scenario scenario, Table out) {
    Map<String, Theatre> postures = new LinkedHashMap<>();
    for (OrderOfBattleEdit edit : scenario.ordersOfBattle()) {
      Theatre theatre = CampaignCatalogue.theatre(edit.theatre());
      postures.put(edit.posture() != null ? edit.posture()
          : CampaignCatalogue.postureIds(theatre.id()).get(0), theatre);
    }
    Set<String> bases = new LinkedHashSet<>();
    for (Map.Entry<String, Theatre> entry : postures.entrySet()) {
      Theatre theatre = entry.getValue();
      Posture before = CampaignCatalogue.posture(theatre.id(), entry.getKey());
      Posture after = ordersOfBattle(scenario, theatre, before);
      String subject = theatre.name() + ", posture " + before.id();
      bases.add(theatre.amphibious() ? strait(theatre, before, after, subject, out)
          : land(theatre, before, after, subject, out));
    }
    return String.join("; ", bases);
  }

  /**
   * Runs a land theatre's posture before and after with common random numbers and lists the
   * hours, reached shares and holds that moved; returns the basis sentence.
   */
  private static String land(Theatre theatre, Posture before, Posture after, String subject,
      Table out) {
    List<CampaignResult> pair = CampaignSimulation.withDefaults().withRuns(CAMPAIGN_RUNS)
        .withSeed(CAMPAIGN_SEED).withHoldDays(HOLD_DAYS).runTogether(theatre,
            List.of(CampaignCase.of(theatre, before), CampaignCase.of(theatre, after)));
    CampaignResult was = pair.get(0);
    CampaignResult now = pair.get(1);
    String basis = "campaign model " + was.modelVersion() + ", " + CAMPAIGN_RUNS
        + " runs, seed " + CAMPAIGN_SEED;
    for (ObjectiveTimes times : was.objectives()) {
      ObjectiveTimes then = now.objective(times.objective());
      changed(out, before.id(), subject, "median_hours_to_" + times.objective(),
          times.median(), then.median(), basis);
      changed(out, before.id(), subject, times.objective() + "_reached_pct",
          100 * times.reachedShare(), 100 * then.reachedShare(), basis);
    }
    for (int day : HOLD_DAYS) {
      changed(out, before.id(), subject, "holds_" + day + "_days_pct",
          100 * was.holdsUntil(day), 100 * now.holdsUntil(day), basis);
    }
    return basis;
  }

  /**
   * Runs a Taiwan Strait posture before and after with common random numbers and lists the
   * outcomes whose share moved; returns the basis sentence.
   */
  private static String strait(Theatre theatre, Posture before, Posture after, String subject,
      Table out) {
    List<StraitResult> pair = StraitSimulation.withDefaults().withRuns(CAMPAIGN_RUNS)
        .withSeed(CAMPAIGN_SEED).runTogether(theatre, List.of(CampaignCase.of(theatre, before),
            CampaignCase.of(theatre, after)));
    String basis = "strait model " + pair.get(0).modelVersion() + ", " + CAMPAIGN_RUNS
        + " runs, seed " + CAMPAIGN_SEED + ", outcome by day " + pair.get(0).horizonDays();
    for (StraitOutcome outcome : StraitOutcome.values()) {
      changed(out, before.id(), subject, outcome.id() + "_pct",
          100 * pair.get(0).probability(outcome), 100 * pair.get(1).probability(outcome), basis);
    }
    return basis;
  }

  private static void changed(Table out, String posture, String subject, String measure,
      double was, double now, String basis) {
    if (was != now) {
      boolean finite = Double.isFinite(was) && Double.isFinite(now);
      out.row("campaign", posture, subject, measure, was, now, finite ? now - was : null,
          "applied", basis + (finite ? ""
              : "; no value: the objective held in at least half of the runs"));
    }
  }

  /** Compares each protected state's umbrella before and after; returns the day compared. */
  private LocalDate withdrawals(List<InstrumentWithdrawal> withdrawals, Table out) {
    LocalDate day = withdrawals.stream().map(w -> w.effectiveDate().orElse(context.today()))
        .max(Comparator.naturalOrder()).orElseThrow();
    Treaties treaties = context.engine().treaties();
    for (InstrumentWithdrawal w : withdrawals) {
      Treaties current = treaties;
      treaties = ParamTypes.guarded("withdrawals", w.instrument(), id -> current.withWithdrawal(
          id, context.countries().resolve(w.state()).iso3(), w.effectiveDate().orElse(day)));
    }
    Map<String, Umbrella.Cover> before = all(Umbrella.withDefaults()
        .withEngine(context.engine()), day);
    Map<String, Umbrella.Cover> after = all(Umbrella.withDefaults()
        .withEngine(ObligationEngine.withDefaults().withTreaties(treaties)), day);
    before.forEach((iso3, was) -> {
      Umbrella.Cover now = after.get(iso3);
      double guarantorsNow = now == null ? 0 : now.tally().states().size();
      double milexNow = now == null ? 0 : now.tally().milexUsdMillion();
      umbrellaRow(out, iso3, "guarantors_n_" + day, was.tally().states().size(), guarantorsNow);
      umbrellaRow(out, iso3, "guarantor_milex_usd_current_m_" + day,
          was.tally().milexUsdMillion(), milexNow);
    });
    return day;
  }

  private Map<String, Umbrella.Cover> all(Umbrella umbrella, LocalDate day) {
    Map<String, Umbrella.Cover> byState = new TreeMap<>();
    umbrella.cover(day, context.ledger().panel()).stream()
        .filter(c -> c.instrument().equals(Umbrella.ALL)).forEach(c -> byState.put(c.iso3(), c));
    return byState;
  }

  private void umbrellaRow(Table out, String iso3, String measure, double was, double now) {
    if (was != now) {
      out.row("guarantees", iso3, name(iso3), measure, was, now, now - was, "applied",
          "umbrella on the day: every state bound to defend it, each counted once");
    }
  }

  private void row(Table out, FigureChange c) {
    out.row(c.question(), c.subject(), name(c.subject()), c.measure(), c.baseline(),
        c.scenario(), c.change(), "applied", c.basis());
  }

  private String name(String code) {
    return context.placeName(code);
  }

  private static PathYear at(AllyPath path, int year) {
    return path.years().stream().filter(y -> y.year() == year).findFirst()
        .orElse(path.years().get(path.years().size() - 1));
  }
}
