package dev.bulwark.posture.scenario;

import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.forces.Quarter;
import java.util.List;
import java.util.Optional;

/**
 * A what-if across Bulwark's three questions, as read from a scenario file ({@link
 * ScenarioFile}; the format is documented in {@code docs/scenarios.md}).
 *
 * @param name a short title
 * @param description what the scenario asks, or {@code null}
 * @param baseline the quarter of the posture baseline, {@code 2024Q4}; {@code null} for the
 *     latest report
 * @param forces force moves between hosts and theatres, applied in order
 * @param spending spending paths for allies
 * @param ordersOfBattle order-of-battle changes for the campaign model
 * @param withdrawals states leaving instruments
 */
public record Scenario(String name, String description, String baseline, List<ForceMove> forces,
    List<SpendingChange> spending, List<OrderOfBattleEdit> ordersOfBattle,
    List<InstrumentWithdrawal> withdrawals) {

  public Scenario {
    PostureException.require(name != null && !name.isBlank(), "name must be given");
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
