package dev.bulwark.forces.replacement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-at-a-time sensitivity of the replacement's cost over the horizon: for each uncertain
 * figure, the plan with that figure at its low and at its high and every other at its most
 * likely value. Bars are ordered by their swing, widest first. Deterministic (no draws): two
 * plan evaluations per uncertain figure. A faster ramp can raise the cost over a horizon, since
 * units arrive sooner and run longer within it.
 */
public final class ReplacementTornado {

  private ReplacementTornado() {
  }

  /** Returns the bars of every uncertain figure of the model, widest first. */
  public static List<CostBar> bars(ReplacementModel model) {
    List<CostBar> bars = new ArrayList<>();
    for (Figure figure : model.uncertain()) {
      bars.add(new CostBar(figure, figure.range().low(), figure.range().high(),
          total(model, figure, figure.range().low()), total(model, figure,
              figure.range().high())));
    }
    bars.sort(Comparator.comparingDouble(CostBar::swing).reversed());
    return bars;
  }

  private static double total(ReplacementModel model, Figure figure, double value) {
    double[][] values = model.modes();
    values[figure.kind().ordinal()][figure.item()] = value;
    return model.plan(values).total();
  }
}
