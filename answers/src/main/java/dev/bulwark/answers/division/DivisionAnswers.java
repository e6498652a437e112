package dev.bulwark.answers.division;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.burden.path.TargetPath;
import dev.bulwark.posture.campaign.Posture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answers a reader can quote (on the request's European path), and the search for the
 * cheapest European path
 * (docs/division-of-labour.md, "Named answers" and "The cheapest path"). Every Baltic posture
 * they need runs in one pass and every Taiwan posture in another, with common random numbers.
 *
 * <p>The cheapest path: {@code s*} is the least share on the grid at which the invasion is
 * defeated in at least the required share of runs (Europe's spending does not change the Strait).
 * Each candidate path (Europe at today's spending, or a target of 2.5 to 5% of GDP in steps of
 * 0.5 by each year from the year after the latest data to 2035, its forces counted in that year)
 * puts its brigades in the Baltic with {@code s*} of the pool moved; it meets the requirement
 * when the Baltic holds in at least the required share of runs. The cheapest is the one with the
 * least cumulative extra spending, then the earliest year, then the lowest target.
 */
final class DivisionAnswers {

  /** The elements the first named answer moves: the armoured brigade and the Stryker regiment. */
  static final Set<String> ARMOUR = Set.of("us-abct-rotation", "us-2cr");
  /** The Hague target: 3.5% of GDP (core) by 2035. */
  static final double HAGUE = 3.5;
  /** The Hague target year. */
  static final int HAGUE_BY = 2035;
  /** The Hague path as {@link EuropeanBrigades#path()} names it. */
  static final String HAGUE_PATH = "3.5% of GDP by 2035";
  /** The last year a path may reach its target. */
  static final int LAST_YEAR = 2035;
  /** The targets the search tries, percent of GDP. */
  static final double[] TARGETS = {2.5, 3.0, 3.5, 4.0, 4.5, 5.0};

  private final DivisionSetting setting;
  private final DivisionQuestion.Request request;
  private final List<Allocation> grid;
  private final double[] taiwanGrid;
  private final double taiwanArmour;
  private final double taiwanWhole;
  private final Map<String, Double> baltic;
  private final EuropeanBrigades requested;
  private final List<EuropeanBrigades> candidates;
  private final Optional<Allocation> needed;

  private DivisionAnswers(DivisionSetting setting, DivisionQuestion.Request request,
      List<Allocation> grid, double[] taiwan, Map<String, Double> baltic,
      EuropeanBrigades requested, List<EuropeanBrigades> candidates,
      Optional<Allocation> needed) {
    this.setting = setting;
    this.request = request;
    this.grid = grid;
    this.taiwanGrid = Arrays.copyOf(taiwan, grid.size());
    this.taiwanArmour = taiwan[grid.size()];
    this.taiwanWhole = taiwan[grid.size() + 1];
    this.baltic = baltic;
    this.requested = requested;
    this.candidates = candidates;
    this.needed = needed;
  }

  /** Runs every posture the answers need. */
  static DivisionAnswers of(DivisionSetting setting, DivisionQuestion.Request request,
      TheatreRuns runs, AnswerContext context) {
    TheatrePostures postures = new TheatrePostures(setting);
    List<Allocation> grid = Frontier.grid(setting, request.steps());
    Allocation none = grid.get(0);
    Allocation armour = Allocation.ofElements(setting.pool(), ARMOUR);
    Allocation whole = grid.get(grid.size() - 1);
    List<Posture> taiwanPostures = new ArrayList<>(grid.stream().map(postures::taiwan).toList());
    taiwanPostures.add(postures.taiwan(armour));
    taiwanPostures.add(postures.taiwan(whole));
    double[] taiwan = runs.taiwanDefeated(taiwanPostures, setting.taiwan().day());
    Optional<Allocation> needed = Optional.empty();
    for (int j = grid.size() - 1; j >= 0; j--) {
      needed = taiwan[j] >= request.requireTaiwan() ? Optional.of(grid.get(j)) : needed;
    }

    int year = request.year();
    EuropeanBrigades today = EuropeanBrigades.today(year);
    EuropeanBrigades requested = EuropeanBrigades.onPath(setting, request.europeTargetPct(),
        request.by(), year, context);
    List<EuropeanBrigades> candidates = new ArrayList<>(List.of(today));
    int first = TargetPath.withDefaults().latestYear(context.ledger().panel(),
        context.ledger().alliance("NATO")) + 1;
    for (int by = Math.max(first, 2026); by <= LAST_YEAR; by++) {
      for (double target : TARGETS) {
        candidates.add(EuropeanBrigades.onPath(setting, target, by, by, context));
      }
    }
    Map<String, Posture> cases = new LinkedHashMap<>();
    cases.put("today/none", postures.baltic(none, today));
    cases.put("today/armour", postures.baltic(armour, today));
    for (Allocation a : grid) {
      cases.put("path/" + a.share(), postures.baltic(a, requested));
    }
    EuropeanBrigades threeHalf = EuropeanBrigades.onPath(setting, HAGUE, HAGUE_BY, year, context);
    EuropeanBrigades five = EuropeanBrigades.onPath(setting, 5, HAGUE_BY, year, context);
    cases.put("with/3.5", postures.baltic(none, threeHalf));
    cases.put("without/3.5", postures.balticWithoutAmerica(threeHalf));
    cases.put("with/5", postures.baltic(none, five));
    cases.put("without/5", postures.balticWithoutAmerica(five));
    needed.ifPresent(a -> candidates.forEach(c -> cases.put(key(c), postures.baltic(a, c))));
    double[] holds = runs.balticHolds(List.copyOf(cases.values()), setting.baltic().holdDay());
    Map<String, Double> baltic = new LinkedHashMap<>();
    int i = 0;
    for (String key : cases.keySet()) {
      baltic.put(key, holds[i++]);
    }
    return new DivisionAnswers(setting, request, grid, taiwan, baltic, requested, candidates,
        needed);
  }

  private static String key(EuropeanBrigades europe) {
    return "path/" + europe.path() + "/" + europe.year();
  }

  /**
   * The frontier of the request's path, read from these runs: they hold every posture of its
   * grid in each theatre, so it equals {@link Frontier#run}'s with the same seed.
   */
  Frontier frontier() {
    double[] holds = grid.stream().mapToDouble(a -> baltic.get("path/" + a.share())).toArray();
    return new Frontier(requested, Frontier.points(grid, holds, taiwanGrid));
  }

  /** The named answers. */
  Table answers() {
    String day = String.valueOf(setting.baltic().holdDay());
    Table table = Table.of(Column.text("answer", "the answer's id"),
        Column.text("statement", "the answer in words, with its figures"),
        Column.number("baltic_before", "probability", 3, "chance the Baltic holds " + day
            + " days, before (see the notes)"),
        Column.number("baltic_after", "probability", 3, "chance the Baltic holds " + day
            + " days, after"),
        Column.number("taiwan_before", "probability", 3, "chance the invasion of Taiwan is "
            + "defeated, before"),
        Column.number("taiwan_after", "probability", 3, "chance the invasion of Taiwan is "
            + "defeated, after"));
    double b0 = baltic.get("today/none");
    double t0 = taiwanGrid[0];
    double b1 = baltic.get("today/armour");
    table.row("move-armour", String.format(Locale.ROOT, "With Europe at today's spending, "
        + "moving the US armoured brigade and the 2nd Cavalry Regiment to the Indo-Pacific "
        + "changes the chance the Baltic holds %s days from %s to %s and the chance the "
        + "invasion of Taiwan is defeated from %s to %s.", day, pct(b0), pct(b1), pct(t0),
        pct(taiwanArmour)), b0, b1, t0, taiwanArmour);
    String path = requested.path().equals(HAGUE_PATH) ? "On the Hague path (" + HAGUE_PATH + ")"
        : "On a European path to " + requested.path();
    double p0 = baltic.get("path/0.0");
    Allocation most = null;
    for (Allocation a : grid) {
      most = baltic.get("path/" + a.share()) >= request.requireBaltic() ? a : most;
    }
    if (most != null) {
      double holds = baltic.get("path/" + most.share());
      double t = taiwanGrid[grid.indexOf(most)];
      table.row("path-move", String.format(Locale.ROOT, "%s, by %d the United States can move "
          + "%s of its movable forces in Europe (%,.0f personnel: %s; the largest share on a "
          + "grid of %d steps) while the Baltic holds %s days in at least %s of runs (%s%s); the "
          + "invasion of Taiwan is then defeated in %s.", path, request.year(),
          pct(most.share()), most.personnel(setting.pool()), most.describe(setting.pool()),
          request.steps(), day, pct(request.requireBaltic()), pct(holds),
          close(holds, request.requireBaltic()), pct(t)), p0, holds, t0, t);
    } else {
      table.row("path-move", String.format(Locale.ROOT, "%s, by %d the Baltic holds %s days in "
          + "%s of runs with no US force moved, below the %s required: the United States can "
          + "move nothing.", path, request.year(), day, pct(p0),
          pct(request.requireBaltic())), p0, p0, t0, t0);
    }
    for (String target : List.of("3.5", "5")) {
      double with = baltic.get("with/" + target);
      double without = baltic.get("without/" + target);
      table.row("without-america-" + target, String.format(Locale.ROOT, "Guarantees without "
          + "America: with Europe on a path to %s%% of GDP by %d, in %d the Baltic holds %s days "
          + "in %s of runs with no US forces in it (%s with them in place); with the whole US "
          + "pool in the Indo-Pacific the invasion of Taiwan is defeated in %s.", target,
          HAGUE_BY, request.year(), day, pct(without), pct(with), pct(taiwanWhole)), with,
          without, t0, taiwanWhole);
    }
    Optional<EuropeanBrigades> cheapest = cheapest();
    table.row("cheapest", cheapestStatement(), b0, cheapest.map(c -> baltic.get(key(c)))
        .orElse(null), t0, cheapest.flatMap(c -> needed).map(a -> taiwanGrid[grid.indexOf(a)])
        .orElse(null));
    return table.notes(String.format(Locale.ROOT, "Europe on %s by %d: %.0f%% of the %s force "
        + "paid for, %.2f brigades in the Baltic.", requested.path(), request.year(),
        100 * requested.fundedShare(), setting.europe().force(), requested.inBaltic()),
        "before: move-armour and cheapest, Europe at today's spending with no US force moved; "
            + "path-move, the same European path with no US force moved; without-america, the "
            + "same European path with the US forces in place. after: as the statement says.",
        "A figure marked 'within Monte Carlo error' is less than two standard errors from the "
            + "level required; more runs may move it to the other side.")
        .sources(setting.sources());
  }

  /** Says when a chance lies within two standard errors of the level it is held to. */
  private String close(double chance, double required) {
    double error = Math.sqrt(chance * (1 - chance) / request.runs());
    return Math.abs(chance - required) < 2 * error ? ", within Monte Carlo error" : "";
  }

  /** The European paths searched, with the share of the pool {@code s*} moved. */
  Table paths() {
    String hold = "baltic_holds_" + setting.baltic().holdDay() + "d";
    Table table = Table.of(Column.text("europe_path", "Europe's spending path"),
        Column.count("year", "", "the year its forces are counted (the path's target year)"),
        Column.number("funded_share", "fraction", 3, "share of the force the extra spending "
            + "pays for by then"),
        Column.number("european_brigades", "brigades", 2, "new brigades fielded in Europe, "
            + "paid for"),
        Column.number("european_brigades_in_baltic", "brigades", 2, "of them in the Baltic"),
        Column.number("extra_spending_bn", "bn, 2024 prices", 1, "Europe's cumulative extra "
            + "spending to the year, in the force's currency"),
        Column.number("moved_to_indopacom_share", "fraction", 2, "the least share of the pool "
            + "that meets the Taiwan requirement"),
        Column.number(hold, "probability", 3, "chance the Baltic holds, that share moved"),
        Column.text("meets", "yes when both requirements are met"));
    for (EuropeanBrigades c : candidates) {
      Double holds = needed.map(a -> baltic.get(key(c))).orElse(null);
      table.row(c.path(), c.year(), c.fundedShare(), c.heavy() + c.light(), c.inBaltic(),
          c.extraSpending() / 1000, needed.map(Allocation::share).orElse(null), holds,
          holds != null && holds >= request.requireBaltic() ? "yes" : "no");
    }
    return table.notes(cheapestStatement()).sources(setting.sources());
  }

  /** The cheapest candidate that meets both requirements. */
  private Optional<EuropeanBrigades> cheapest() {
    if (needed.isEmpty()) {
      return Optional.empty();
    }
    EuropeanBrigades best = null;
    for (EuropeanBrigades c : candidates) {
      if (baltic.get(key(c)) >= request.requireBaltic() && (best == null
          || c.extraSpending() < best.extraSpending())) {
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  private String cheapestStatement() {
    String levels = String.format(Locale.ROOT, "For the Baltic to hold %d days in at least %s of"
        + " runs and the invasion of Taiwan to be defeated in at least %s", setting.baltic()
        .holdDay(), pct(request.requireBaltic()), pct(request.requireTaiwan()));
    if (needed.isEmpty()) {
      return levels + ", no European path is enough: even with the whole pool moved the "
          + "invasion is defeated in only " + pct(taiwanWhole) + " of runs.";
    }
    Allocation a = needed.get();
    return cheapest().map(c -> String.format(Locale.ROOT, "%s, the cheapest European path is "
        + "%s (%,.0f bn %s of extra spending to %d at 2024 prices), with %s of the US pool "
        + "moved (%s): the Baltic then holds in %s%s.", levels, c.path(),
        c.extraSpending() / 1000, c.currency().isEmpty() ? "" : c.currency(), c.year(),
        pct(a.share()), a.describe(setting.pool()), pct(baltic.get(key(c))),
        close(baltic.get(key(c)), request.requireBaltic())).replace("  ", " "))
        .orElse(levels + ", with " + pct(a.share()) + " of the US pool moved (the least that "
            + "meets Taiwan's), no European path of 2.5 to 5% of GDP is enough: none by "
            + LAST_YEAR + ".");
  }

  private static String pct(double p) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * p);
  }
}
