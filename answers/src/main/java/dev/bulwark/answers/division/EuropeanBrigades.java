package dev.bulwark.answers.division;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.forces.PathFunding;
import dev.bulwark.answers.posture.CampaignCatalogue;
import dev.bulwark.forces.catalogue.Catalogue;
import dev.bulwark.forces.replacement.ForceScenario;
import dev.bulwark.forces.replacement.ForceScenarios;
import dev.bulwark.forces.replacement.Plan;
import dev.bulwark.forces.replacement.ReplacementModel;
import dev.bulwark.posture.campaign.Axis;
import dev.bulwark.posture.campaign.Basis;
import dev.bulwark.posture.campaign.Unit;
import dev.bulwark.posture.campaign.UnitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The brigades Europe fields by a year on a spending path, and those of them that fight in the
 * Baltic (docs/division-of-labour.md, "Europe's brigades").
 *
 * <p>Europe builds the force of a replacement scenario ({@code bruegel-2025} by default): its
 * plan at the most likely figures ({@link ReplacementModel#central()}) delivers {@code n_k(t)}
 * brigades of kind {@code k} by the end of year index {@code t}, limited by lead times and
 * ramps. Europe's extra spending on the path pays for the share {@code φ(t) = min(1, X(t) /
 * C(t))} of it, {@code X} the cumulative extra spending ({@link PathFunding}) and {@code C} the
 * plan's cumulative cost. Of the brigades so paid for, the share {@code β} fights in the Baltic:
 * {@code H = β φ (n_armoured + n_mechanised)} heavy and {@code L = β φ n_light} light brigades,
 * added as units of strength 1 (the last of each kind with the fraction left), heavy first,
 * arriving on days {@code d₀ + Δ × j} for the {@code j}-th unit, each on the axis whose defence
 * by the hold day has the least combat power per attacking brigade equivalent, reckoned on
 * today's posture: Europe stations them before the United States moves, and they stay where
 * they are whatever it moves (so moving more never helps the Baltic).
 *
 * @param path what the path is, in words
 * @param year the year the forces are counted
 * @param fundedShare φ, the share of the scenario's force the extra spending pays for by then
 * @param heavy heavy brigades fielded in Europe, paid for
 * @param light light brigades fielded in Europe, paid for
 * @param extraSpending Europe's cumulative extra spending to the year, millions of the
 *     scenario's currency at 2024 prices
 * @param currency that currency
 * @param units the brigades that fight in the Baltic
 */
public record EuropeanBrigades(String path, int year, double fundedShare, double heavy,
    double light, double extraSpending, String currency, List<Unit> units) {

  /** Catalogue units counted as brigades, with the kind each fights as in the Baltic. */
  static final Map<String, UnitKind> BRIGADES = Map.of(
      "armoured_brigade", UnitKind.HEAVY_ARMOURED,
      "mechanised_brigade", UnitKind.HEAVY_ARMOURED,
      "light_brigade", UnitKind.LIGHT);

  public EuropeanBrigades {
    units = List.copyOf(units);
  }

  /** Europe at today's spending: no extra spending, no new brigades. */
  public static EuropeanBrigades today(int year) {
    return new EuropeanBrigades("today's spending", year, 0, 0, 0, 0, "", List.of());
  }

  /**
   * Europe on a path to {@code targetPct} % of GDP by {@code by}, counted in {@code year}.
   *
   * @param setting the division setting (the force built, the Baltic share, arrivals)
   * @param context where the ledger and path come from
   */
  public static EuropeanBrigades onPath(DivisionSetting setting, double targetPct, int by,
      int year, AnswerContext context) {
    ForceScenario force = ForceScenarios.bundled(setting.europe().force());
    ReplacementModel model = ReplacementModel.of(force, Catalogue.bundled(),
        Math.max(force.horizonYears(), year - force.startYear() + 1));
    PathFunding funding = PathFunding.project(targetPct, by, model, context);
    int t = year - force.startYear();
    Plan plan = model.central();
    double extra = t < 0 ? 0 : funding.cumulative(t);
    double cost = t < 0 ? 0 : plan.cumulative(t);
    double funded = cost > 0 ? Math.min(1, extra / cost) : 0;
    double heavy = 0;
    double light = 0;
    for (int i = 0; t >= 0 && i < force.items().size(); i++) {
      UnitKind kind = BRIGADES.get(force.items().get(i).unit());
      double fielded = kind == null ? 0 : funded * model.fielded(i)[t];
      heavy += kind == UnitKind.HEAVY_ARMOURED ? fielded : 0;
      light += kind == UnitKind.LIGHT ? fielded : 0;
    }
    String path = String.format(Locale.ROOT, "%s%% of GDP by %d", trim(targetPct), by);
    return new EuropeanBrigades(path, year, funded, heavy, light, extra, force.currency(),
        place(setting, setting.europe().balticShare() * heavy,
            setting.europe().balticShare() * light, setting.balticPosture().units()));
  }

  /** Returns the brigades of a kind in the Baltic, by their strength. */
  public double inBaltic(UnitKind kind) {
    return units.stream().filter(u -> u.kind() == kind).mapToDouble(Unit::strength).sum();
  }

  /** Returns the brigades in the Baltic, by their strength. */
  public double inBaltic() {
    return units.stream().mapToDouble(Unit::strength).sum();
  }

  /**
   * The Baltic units of {@code heavy} and {@code light} brigades, as the class states, each placed
   * on the weakest axis of the defence {@code against} and of the brigades placed before it.
   */
  static List<Unit> place(DivisionSetting setting, double heavy, double light,
      List<Unit> against) {
    List<Axis> axes = CampaignCatalogue.theatre(setting.balticPosture().theatre()).axes();
    double[] power = new double[axes.size()];
    int holdDay = setting.baltic().holdDay();
    for (Unit u : against) {
      for (int a = 0; a < axes.size(); a++) {
        power[a] += u.axis().equals(axes.get(a).id()) && u.arrivalDay() <= holdDay
            ? u.combatPower() : 0;
      }
    }
    List<Unit> units = new ArrayList<>();
    double[] counts = {heavy, light};
    UnitKind[] kindOf = {UnitKind.HEAVY_ARMOURED, UnitKind.LIGHT};
    for (int k = 0; k < 2; k++) {
      for (double left = counts[k]; left > 1e-9; left -= 1) {
        double strength = Math.min(1, left);
        double day = setting.europe().firstArrivalDay()
            + setting.europe().arrivalInterval() * units.size();
        int axis = weakest(axes, power);
        Unit unit = new Unit(String.format(Locale.ROOT, "eu-new-%d", units.size() + 1),
            String.format(Locale.ROOT, "European %s brigade %d (new, on the path)",
                k == 0 ? "heavy" : "light", units.size() + 1), "NATO", kindOf[k], strength,
            axes.get(axis).id(), day, Basis.ASSUMPTION, setting.europe().source());
        power[axis] += day <= holdDay ? unit.combatPower() : 0;
        units.add(unit);
      }
    }
    return units;
  }

  /** The axis with the least defending power per attacking brigade equivalent, first on ties. */
  private static int weakest(List<Axis> axes, double[] power) {
    int weakest = 0;
    for (int a = 1; a < axes.size(); a++) {
      if (power[a] / axes.get(a).attackerHbe()
          < power[weakest] / axes.get(weakest).attackerHbe()) {
        weakest = a;
      }
    }
    return weakest;
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
