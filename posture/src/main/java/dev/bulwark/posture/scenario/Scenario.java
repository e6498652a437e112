package dev.bulwark.posture.scenario;

import dev.bulwark.core.yaml.MaxLength;
import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.forces.Quarter;
import java.util.List;
import java.util.Optional;

/**
 * A what-if across Bulwark's three questions, as read from a scenario file ({@link
 * ScenarioFile}; the format is documented in {@code docs/scenarios.md}).
 *
 * @param name a short title, at most {@value #MAX_NAME_LENGTH} characters (the store's column)
 * @param description what the scenario asks, at most {@value #MAX_DESCRIPTION_LENGTH}
 *     characters (the store's column), or {@code null}
 * @param baseline the quarter of the posture baseline, {@code 2024Q4}; {@code null} for the
 *     latest report
 * @param forces force moves between hosts and theatres, applied in order
 * @param spending spending paths for allies
 * @param ordersOfBattle order-of-battle changes for the campaign model
 * @param withdrawals states leaving instruments
 */
public record Scenario(@MaxLength(Scenario.MAX_NAME_LENGTH) String name,
    @MaxLength(Scenario.MAX_DESCRIPTION_LENGTH) String description, String baseline,
    List<ForceMove> forces, List<SpendingChange> spending, List<OrderOfBattleEdit> ordersOfBattle,
    List<InstrumentWithdrawal> withdrawals) {

  /** The longest name, in characters: the width of the saved scenarios' name column. */
  public static final int MAX_NAME_LENGTH = 200;
  /** The longest description, in characters: the width of its column in the store. */
  public static final int MAX_DESCRIPTION_LENGTH = 2_000;

  public Scenario {
    PostureException.require(name != null && !name.isBlank(), "name must be given");
    PostureException.require(name.length() <= MAX_NAME_LENGTH, "name must be at most "
        + MAX_NAME_LENGTH + " characters, was " + name.length());
    PostureException.require(description == null
        || description.length() <= MAX_DESCRIPTION_LENGTH, "description must be at most "
        + MAX_DESCRIPTION_LENGTH + " characters, was "
        + (description == null ? 0 : description.length()));
    forces = forces == null ? List.of() : List.copyOf(forces);
    spending = spending == null ? List.of() : List.copyOf(spending);
    ordersOfBattle = ordersOfBattle == null ? List.of() : List.copyOf(ordersOfBattle);
    withdrawals = withdrawals == null ? List.of() : List.copyOf(withdrawals);
    if (baseline != null) {
      Quarter.parse(baseline);
    }
    PostureException.require(!forces.isEmpty() || !spending.isEmpty()
            || !ordersOfBattle.isEmpty() || !withdrawals.isEmpty(),
        "a scenario must change something: give forces, spending, orders_of_battle or"
            + " withdrawals");
  }

  /** The baseline quarter, when the file names one. */
  public Optional<Quarter> baselineQuarter() {
    return Optional.ofNullable(baseline).map(Quarter::parse);
  }
}
