package dev.bulwark.guarantees.weight;

import dev.bulwark.core.panel.Panel;
import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.engine.Assessment;
import dev.bulwark.guarantees.engine.Outcome;
import dev.bulwark.guarantees.treaty.Strength;
import dev.bulwark.guarantees.treaty.Treaties;
import java.util.List;

/**
 * What the answer to an attack is worth: the summed military capacity ({@link Tally}) of the
 * states bound at a minimum strength or stronger, with the US share and the same without the US.
 * Each state counts once, at its strongest obligation; the weight keeps the range of those
 * strengths, since states bound under different instruments are bound differently (an attack on
 * Estonia binds the EU members at 4a under Article 42(7) and the United States at 4b under
 * NATO's Article 5).
 *
 * <p>Defaults: every bound state (down to assurances); the year of the attack, or the latest
 * before it that the sources have; NATO's tables for the allies of the bundled treaties from
 * their accession, SIPRI for the others.
 *
 * <pre>{@code
 * Weight w = GuaranteeWeight.withDefaults().withMinimumStrength(Strength.CONSTITUTIONAL_PROCESSES)
 *     .weigh(assessment, Ledger.embedded().panel());
 * w.tally().usSharePct();
 * }</pre>
 */
public final class GuaranteeWeight {

  private final Strength minimum;
  private final CapacitySource source;
  private final Treaties treaties;

  private GuaranteeWeight(Strength minimum, CapacitySource source, Treaties treaties) {
    this.minimum = minimum;
    this.source = source;
    this.treaties = treaties;
  }

  /** Returns the weight of every bound state, assurances included. */
  public static GuaranteeWeight withDefaults() {
    return new GuaranteeWeight(Strength.ASSURANCES, CapacitySource.NATO, Treaties.bundled());
  }

  /** Returns a copy counting only states bound at {@code minimum} or stronger. */
  public GuaranteeWeight withMinimumStrength(Strength minimum) {
    GuaranteesException.require(minimum != null, "minimum strength must be given, was null");
    return new GuaranteeWeight(minimum, source, treaties);
  }

  /** Returns a copy reading expenditure from this source ({@link CapacitySource}). */
  public GuaranteeWeight withSource(CapacitySource source) {
    GuaranteesException.require(source != null, "source must be given, was null");
    return new GuaranteeWeight(minimum, source, treaties);
  }

  /** Returns a copy that reads NATO membership (for NATO's tables) from these treaties. */
  public GuaranteeWeight withTreaties(Treaties treaties) {
    GuaranteesException.require(treaties != null, "treaties must be given, was null");
    return new GuaranteeWeight(minimum, source, treaties);
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
    List<Strength> strengths = assessment.strongestByGuarantor().values().stream()
        .map(Outcome.Bound::strength).filter(s -> s.atLeast(minimum)).sorted().toList();
    Strength none = Strength.NOT_A_GUARANTEE;
    return new Weight(minimum, year, Tally.of(panel, assessment.boundAtLeast(minimum), year,
        Capacity.natoAlliesOn(treaties, assessment.attack().date()), source),
        strengths.isEmpty() ? none : strengths.get(0),
        strengths.isEmpty() ? none : strengths.get(strengths.size() - 1));
  }

  /**
   * The weight of an answer.
   *
   * @param minimum the weakest strength counted
   * @param year the year asked for (figures may come from up to five years before)
   * @param tally the summed capacity of the bound states
   * @param strongest the strongest obligation among them (not a guarantee when none is bound)
   * @param weakest the weakest of the states' strongest obligations: the range's other end
   */
  public record Weight(Strength minimum, int year, Tally tally, Strength strongest,
      Strength weakest) {

    /** The range of strengths, {@code 4a-4b}, or one level when all are bound alike. */
    public String strengthRange() {
      return Strengths.range(strongest, weakest);
    }
  }
}
