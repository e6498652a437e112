package dev.bulwark.forces.replacement;

import dev.bulwark.forces.ForcesException;
import dev.bulwark.forces.catalogue.Catalogue;
import dev.bulwark.forces.catalogue.PriceBase;
import dev.bulwark.forces.catalogue.UnitType;
import java.util.ArrayList;
import java.util.List;

/**
 * What fielding a scenario's force costs, year by year, limited by each unit's lead time and
 * industrial ramp (docs/replacement-model.md, "The model").
 *
 * <p>For an item of quantity {@code Q}, lead time {@code L} years, ramp {@code R} units a year,
 * acquisition cost {@code A} and operating cost {@code O} a unit, with year index {@code t = 0}
 * the start year:
 * <ul>
 *   <li>deliveries {@code d(t) = 0} for {@code t < L − 1}, then {@code d(t) = min(R, Q − Σ_{s<t}
 *       d(s))} (every unit ordered at the start; deliveries at the end of the year);
 *   <li>acquisition spending {@code a(t) = (A / L) × Σ_{s=t}^{t+L−1} d(s)}: each unit is paid in
 *       equal parts over the {@code L} years ending with its delivery;
 *   <li>operating cost {@code o(t) = O × Σ_{s<t} d(s)}: a unit costs its running from the year
 *       after its delivery;
 *   <li>personnel added {@code p(t) = P × Σ_{s≤t} d(s)}.
 * </ul>
 * A year's cost is the sum over items of {@code a(t) + o(t)} plus the scenario's flat lines, and
 * its personnel the sum over items of {@code p(t)} plus the personnel of the lines running that
 * year; all money converted from US$ at 2024 prices to the scenario's currency at the 2024
 * rate. Cost: {@code O(items × (horizon + lead time))} per evaluation; nothing is allocated per
 * year beyond the plan's arrays.
 */
public final class ReplacementModel {

  private final ForceScenario scenario;
  private final List<UnitType> units;
  private final int horizon;
  private final double perUsd;
  private final double[] lines;
  private final double[] calibratedLines;
  private final double[] linePersonnel;

  private ReplacementModel(ForceScenario scenario, List<UnitType> units, int horizon,
      double perUsd, double[][] lines) {
    this.scenario = scenario;
    this.units = units;
    this.horizon = horizon;
    this.perUsd = perUsd;
    this.lines = lines[0];
    this.calibratedLines = lines[1];
    this.linePersonnel = lines[2];
  }

  /**
   * Builds the model of a scenario over a horizon.
   *
   * @throws ForcesException when an item names an unknown unit type or the horizon is not 1 to
   *     60 years
   */
  public static ReplacementModel of(ForceScenario scenario, Catalogue catalogue,
      int horizonYears) {
    ForcesException.require(horizonYears >= 1 && horizonYears <= 60, "horizon must be 1 to 60 "
        + "years, was " + horizonYears);
    List<UnitType> units = new ArrayList<>();
    for (ForceScenario.Item item : scenario.items()) {
      units.add(catalogue.unit(item.unit()));
    }
    PriceBase prices = catalogue.prices();
    double perUsd = 1 / prices.usdPerUnit(scenario.currency(), prices.priceYear());
    double[][] lines = new double[3][horizonYears];
    for (ForceScenario.Line line : scenario.lines()) {
      double amount = line.amountM() * prices.toBase(line.currency(), line.priceYear()) * perUsd;
      for (int t = 0; t < horizonYears; t++) {
        int year = scenario.startYear() + t;
        if (year >= line.fromYear() && year <= line.toYear()) {
          lines[0][t] += amount;
          lines[1][t] += line.basis() == Basis.CALIBRATED ? amount : 0;
          lines[2][t] += line.personnel();
        }
      }
    }
    return new ReplacementModel(scenario, List.copyOf(units), horizonYears, perUsd, lines);
  }

  /** Returns the scenario. */
  public ForceScenario scenario() {
    return scenario;
  }

  /** Returns the unit type of each item, in the scenario's order. */
  public List<UnitType> units() {
    return units;
  }

  /** Returns the years the model runs. */
  public int horizon() {
    return horizon;
  }

  /** Returns the scenario's currency units per US$ at the catalogue's price year. */
  public double perUsd() {
    return perUsd;
  }

  /**
   * Returns the uncertain figures (those whose low is below their high), in the order a run
   * draws them: item by item, acquisition, operating, ramp.
   */
  public List<Figure> uncertain() {
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      UnitType unit = units.get(i);
      for (Figure f : List.of(new Figure(i, unit.id(), Figure.Kind.ACQUISITION,
          unit.acquisitionUsdM()), new Figure(i, unit.id(), Figure.Kind.OPERATING,
          unit.operatingUsdM()), new Figure(i, unit.id(), Figure.Kind.RAMP, unit.rampPerYear()))) {
        if (f.range().uncertain()) {
          figures.add(f);
        }
      }
    }
    return figures;
  }

  /** Returns the figures' most likely values: row 0 acquisition, 1 operating, 2 ramp. */
  public double[][] modes() {
    double[][] values = new double[3][units.size()];
    for (int i = 0; i < units.size(); i++) {
      values[0][i] = units.get(i).acquisitionUsdM().mode();
      values[1][i] = units.get(i).operatingUsdM().mode();
      values[2][i] = units.get(i).rampPerYear().mode();
    }
    return values;
  }

  /** Returns the plan at the most likely figures. */
  public Plan central() {
    return plan(modes());
  }

  /**
   * Returns the plan for given figures.
   *
   * @param values row 0 acquisition (US$ million a unit), 1 operating (US$ million a unit-year),
   *     2 ramp (units a year), one column per item
   */
  public Plan plan(double[][] values) {
    double[] acquisition = new double[horizon];
    double[] operating = new double[horizon];
    double[] personnel = linePersonnel.clone();
    for (int i = 0; i < units.size(); i++) {
      UnitType unit = units.get(i);
      int lead = unit.leadTimeYears();
      double[] delivered = deliveries(scenario.items().get(i).quantity(), lead, values[2][i]);
      double share = values[0][i] / lead * perUsd;
      double running = values[1][i] * perUsd;
      double inService = 0;
      double window = 0;
      for (int s = 0; s < lead - 1; s++) {
        window += delivered[s];
      }
      for (int t = 0; t < horizon; t++) {
        window += delivered[t + lead - 1];
        acquisition[t] += share * window;
        window -= delivered[t];
        operating[t] += running * inService;
        inService += delivered[t];
        personnel[t] += unit.personnel() * inService;
      }
    }
    return new Plan(scenario.startYear(), acquisition, operating, lines.clone(), personnel);
  }

  /**
   * Returns the units of item {@code item} in service by the end of each year index at the most
   * likely ramp, {@code Σ_{s≤t} d(s)}: the count behind {@link Plan#personnel()}.
   *
   * @throws ForcesException when the scenario has no such item
   */
  public double[] fielded(int item) {
    ForcesException.require(item >= 0 && item < units.size(), "item " + item + " is not one of "
        + "the scenario's " + units.size() + " items");
    double[] delivered = deliveries(scenario.items().get(item).quantity(),
        units.get(item).leadTimeYears(), units.get(item).rampPerYear().mode());
    double[] inService = new double[horizon];
    double sum = 0;
    for (int t = 0; t < horizon; t++) {
      sum += delivered[t];
      inService[t] = sum;
    }
    return inService;
  }

  /** Deliveries in each year index up to {@code horizon + lead − 2}, as the class states. */
  private double[] deliveries(double quantity, int lead, double ramp) {
    double[] delivered = new double[horizon + lead - 1];
    double left = quantity;
    for (int t = lead - 1; t < delivered.length && left > 0; t++) {
      delivered[t] = Math.min(ramp, left);
      left -= delivered[t];
    }
    return delivered;
  }

  /**
   * Returns the personnel of the whole force, {@code Σ Q × P} over the items plus the personnel
   * of the lines.
   */
  public double personnel() {
    double sum = scenario.lines().stream().mapToInt(ForceScenario.Line::personnel).sum();
    for (int i = 0; i < units.size(); i++) {
      sum += scenario.items().get(i).quantity() * units.get(i).personnel();
    }
    return sum;
  }

  /** Returns the acquisition cost of the whole force at the most likely figures, {@code Σ Q × A}. */
  public double acquisition() {
    double sum = 0;
    for (int i = 0; i < units.size(); i++) {
      sum += scenario.items().get(i).quantity() * units.get(i).acquisitionUsdM().mode() * perUsd;
    }
    return sum;
  }

  /** Returns the count of a kind of equipment in the whole force, {@code Σ Q × count}. */
  public double equipment(String name) {
    double sum = 0;
    for (int i = 0; i < units.size(); i++) {
      sum += scenario.items().get(i).quantity() * units.get(i).equipment().count(name);
    }
    return sum;
  }

  /**
   * Returns the share of a plan's cost over the horizon that comes from calibrated items and
   * lines: the cost of the calibrated items at the most likely figures, plus the calibrated
   * lines, over the plan's total.
   */
  public double calibratedShare(Plan plan) {
    double[][] values = modes();
    for (int i = 0; i < units.size(); i++) {
      if (scenario.items().get(i).basis() != Basis.CALIBRATED) {
        values[0][i] = 0;
        values[1][i] = 0;
      }
    }
    Plan calibrated = plan(values);
    double items = calibrated.total() - sum(lines);
    return (items + sum(calibratedLines)) / plan.total();
  }

  private static double sum(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum;
  }
}
