package dev.bulwark.forces.replacement;

import java.util.List;

/**
 * A published total beside Bulwark's figure for it, at the most likely figures of the catalogue.
 * A total is reproduced when Bulwark's figure lies within 10% of the published one, or, for a
 * published range, within the range.
 *
 * @param headline the published total
 * @param reproduced Bulwark's figure, in the headline's unit
 */
public record HeadlineCheck(ForceScenario.Headline headline, double reproduced) {

  /** The tolerance of a reproduction, a fraction of the published figure. */
  public static final double TOLERANCE = 0.10;

  /** Returns {@code reproduced / published − 1}. */
  public double difference() {
    return reproduced / headline.published() - 1;
  }

  /** Returns whether the figure is reproduced (within 10%, or within the published range). */
  public boolean reproducedWithin() {
    if (headline.publishedLow() != null) {
      return reproduced >= headline.publishedLow() && reproduced <= headline.publishedHigh();
    }
    return Math.abs(difference()) <= TOLERANCE;
  }

  /** Checks every headline of the model's scenario against its central plan. */
  public static List<HeadlineCheck> of(ReplacementModel model) {
    Plan plan = model.central();
    return model.scenario().headlines().stream()
        .map(h -> new HeadlineCheck(h, value(h, model, plan))).toList();
  }

  private static double value(ForceScenario.Headline h, ReplacementModel model, Plan plan) {
    return switch (h.metric()) {
      case TOTAL_COST -> plan.total() / 1000;
      case ACQUISITION -> model.acquisition() / 1000;
      case MEAN_ANNUAL_COST -> mean(plan, h.years()) / 1000;
      case PERSONNEL -> model.personnel();
      case EQUIPMENT -> model.equipment(h.equipment());
      case SHARE_OF_GDP -> h.baselinePct() + 100 * mean(plan, h.years()) / 1000 / h.gdpBn();
      case STATED_SHARE_OF_GDP -> 100 * h.amountBn() / h.gdpBn();
    };
  }

  private static double mean(Plan plan, int years) {
    int n = Math.min(years, plan.years());
    return plan.cumulative(n - 1) / n;
  }
}
