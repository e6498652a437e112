package dev.bulwark.guarantees.weight;

import dev.bulwark.core.panel.Panel;
import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.engine.Assessment;
import dev.bulwark.guarantees.treaty.Strength;

/**
 * What the answer to an attack is worth: the summed military capacity ({@link Tally}) of the
 * states bound at a minimum strength or stronger, with the US share and the same without the US.
 * Each state counts once, at its strongest obligation.
 *
 * <p>Defaults: every bound state (down to assurances); the year of the attack, or the latest
 * before it that the sources have.
 *
 * <pre>{@code
 * Weight w = GuaranteeWeight.withDefaults().withMinimumStrength(Strength.CONSTITUTIONAL_PROCESSES)
 *     .weigh(assessment, Ledger.embedded().panel());
 * w.tally().usSharePct();
 * }</pre>
 */
public final class GuaranteeWeight {

  private final Strength minimum;

  private GuaranteeWeight(Strength minimum) {
    this.minimum = minimum;
  }

  /** Returns the weight of every bound state, assurances included. */
  public static GuaranteeWeight withDefaults() {
    return new GuaranteeWeight(Strength.ASSURANCES);
  }

  /** Returns a copy counting only states bound at {@code minimum} or stronger. */
  public GuaranteeWeight withMinimumStrength(Strength minimum) {
    GuaranteesException.require(minimum != null, "minimum strength must be given, was null");
    return new GuaranteeWeight(minimum);
  }

  /**
   * Joins the assessment to the panel.
   *
   * @throws GuaranteesException of kind BAD_INPUT when the assessment or panel is null
   */
  public Weight weigh(Assessment assessment, Panel panel) {
    GuaranteesException.require(assessment != null && panel != null,
        "an assessment and a panel must be given");
    int year = assessment.attack().date().getYear();
    return new Weight(minimum, year,
        Tally.of(panel, assessment.boundAtLeast(minimum), year));
  }

  /**
   * The weight of an answer.
   *
   * @param minimum the weakest strength counted
   * @param year the year asked for (figures may come from up to five years before)
   * @param tally the summed capacity of the bound states
   */
  public record Weight(Strength minimum, int year, Tally tally) {}
}
