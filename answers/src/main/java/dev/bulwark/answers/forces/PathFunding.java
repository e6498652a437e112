package dev.bulwark.answers.forces;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.burden.path.AllyPath;
import dev.bulwark.burden.path.GdpGrowth;
import dev.bulwark.burden.path.PathReport;
import dev.bulwark.burden.path.PathYear;
import dev.bulwark.burden.path.TargetPath;
import dev.bulwark.core.unit.Percent;
import dev.bulwark.forces.replacement.Plan;
import dev.bulwark.forces.replacement.ReplacementModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Europe's extra spending on a path set beside a replacement's cost, year by year.
 *
 * <p>Europe is every ally of the path but the United States and Canada. Its extra spending in
 * year {@code y} is the sum of the allies' {@link PathYear#extraUsdMillion()} (spending above
 * the base year's share, current US$), brought to 2024 prices by an assumed 2% inflation a year,
 * {@code / 1.02^(y − 2024)}, and to the scenario's currency at the 2024 rate. After the path's
 * target year the extra spending stays at its target-year level in 2024 prices (the share is
 * held and real GDP growth is left out); before the first projected year it is 0. The covering
 * year is the first year from which the cumulative extra spending is at least the replacement's
 * cumulative cost in every later year of the horizon. The share of the US contribution the
 * money funds is the plan's share times {@code min(1, cumulative extra / cumulative cost)}, the
 * cost taken as proportional to the force fielded.
 *
 * @param report the path
 * @param extra Europe's extra spending each year of the horizon, millions of the scenario's
 *     currency at 2024 prices
 * @param allies each European ally's part of the replacement's cost over the horizon
 */
public record PathFunding(PathReport report, double[] extra, List<AllyPart> allies) {

  /** The inflation assumed to bring current dollars to 2024 prices, a fraction a year. */
  static final double INFLATION = 0.02;
  /** GDP growth of the path, as {@code bulwark path}'s default: 3% a year, nominal. */
  static final double PATH_GROWTH = 0.03;
  /** The allies that are not Europe. */
  static final Set<String> NOT_EUROPE = Set.of("USA", "CAN");

  /**
   * One ally's part of the cost.
   *
   * @param iso3 the ally
   * @param gdpShare its share of the European allies' GDP in the base year, a fraction
   * @param extraShare its share of their cumulative extra spending to the target year, a fraction
   */
  public record AllyPart(String iso3, double gdpShare, double extraShare) {}

  /** Sets a path beside a model's horizon. */
  public static PathFunding of(PathReport report, ReplacementModel model) {
    List<AllyPath> europe = report.allies().stream()
        .filter(a -> !NOT_EUROPE.contains(a.iso3())).toList();
    int start = model.scenario().startYear();
    double[] extra = new double[model.horizon()];
    for (int t = 0; t < extra.length; t++) {
      int year = Math.min(start + t, report.targetYear());
      double sum = 0;
      for (AllyPath ally : europe) {
        for (PathYear y : ally.years()) {
          sum += y.year() == year && year > report.baseYear() ? y.extraUsdMillion() : 0;
        }
      }
      extra[t] = sum / Math.pow(1 + INFLATION, year - 2024) * model.perUsd();
    }
    double gdp = europe.stream().mapToDouble(a -> a.years().get(0).gdpUsdMillion()).sum();
    double extraSum = europe.stream().mapToDouble(AllyPath::cumulativeExtraUsdMillion).sum();
    List<AllyPart> allies = new ArrayList<>();
    for (AllyPath ally : europe) {
      allies.add(new AllyPart(ally.iso3(), ally.years().get(0).gdpUsdMillion() / gdp,
          extraSum > 0 ? ally.cumulativeExtraUsdMillion() / extraSum : 0));
    }
    return new PathFunding(report, extra, allies);
  }

  /**
   * Projects Europe's path to a target share of GDP by a year, as {@code bulwark path} does with
   * GDP growing {@link #PATH_GROWTH} a year, and sets it beside a model's horizon.
   */
  public static PathFunding project(double targetPct, int by, ReplacementModel model,
      AnswerContext context) {
    TargetPath path = TargetPath.withDefaults().withTarget(Percent.of(targetPct), by)
        .withGrowth(GdpGrowth.flat(PATH_GROWTH));
    return of(path.project(context.ledger().panel(), context.ledger().alliance("NATO")), model);
  }

  /** Returns the cumulative extra spending to year index {@code t}. */
  public double cumulative(int t) {
    double sum = 0;
    for (int s = 0; s <= t; s++) {
      sum += extra[s];
    }
    return sum;
  }

  /** Returns the covering year, if the extra spending covers the cost within the horizon. */
  public OptionalInt coveringYear(Plan plan) {
    OptionalInt covering = OptionalInt.empty();
    for (int t = plan.years() - 1; t >= 0; t--) {
      if (cumulative(t) < plan.cumulative(t)) {
        break;
      }
      covering = OptionalInt.of(plan.startYear() + t);
    }
    return covering;
  }

  /** Returns the share of the US contribution the money funds by year index {@code t}. */
  public double fundedShare(Plan plan, int t, double replaces) {
    double cost = plan.cumulative(t);
    double funded = cost > 0 ? Math.min(1, cumulative(t) / cost) : 1;
    return plan.personnel()[t] / replaces * funded;
  }

  /** Says what the path assumes, for the notes. */
  public List<String> assumptions(String currency) {
    List<String> notes = new ArrayList<>(report.assumptions());
    notes.add(String.format(Locale.ROOT, "Europe's extra spending: the allies but the United "
        + "States and Canada, above their %d shares, in %s at 2024 prices (current dollars "
        + "deflated by an assumed %.0f%% a year); after %d held at its %d level.",
        report.baseYear(), currency, 100 * INFLATION, report.targetYear(),
        report.targetYear()));
    return notes;
  }

  /** Returns the year index of a calendar year within a plan, if it lies within. */
  public static Optional<Integer> index(Plan plan, int year) {
    int t = year - plan.startYear();
    return t >= 0 && t < plan.years() ? Optional.of(t) : Optional.empty();
  }
}
