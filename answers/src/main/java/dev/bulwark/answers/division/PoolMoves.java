package dev.bulwark.answers.division;

import dev.bulwark.answers.AnswersException;
import dev.bulwark.posture.campaign.EucomPool;
import dev.bulwark.posture.campaign.Launcher;
import dev.bulwark.posture.campaign.OrderOfBattleChange;
import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.posture.campaign.StraitDefence;
import dev.bulwark.posture.campaign.Theatre;
import dev.bulwark.posture.campaign.Unit;
import dev.bulwark.posture.scenario.EucomMove;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The division's pool of US forces in Europe as the scenario files' {@link EucomPool}: a
 * scenario's {@code move_from_eucom} names an element of the pool, and the pool's figures
 * (division.yaml) say what it is worth, so that they are stated once (docs/scenarios.md,
 * "Moving an element from EUCOM").
 *
 * <p><b>Taiwan Strait.</b> The whole element moves, as an allocation that moves it at
 * {@code f = 1} in {@link TheatrePostures}: the air support {@code Σ a_i} of the elements arriving
 * on day 0 is added to the low, mode and high of the posture's air support, and an element's
 * arriving later joins the multiplier from its arrival day ({@link
 * OrderOfBattleChange.AirArriving}); their aircraft join the US aircraft on bases in Japan and
 * their ships the US surface warships from day 0 (the strait model exposes ships and aircraft to
 * the PLA's strikes from the start: docs/scenarios.md); their launchers join at full stock and
 * salvo, each firing first on its pool first day plus the element's arrival day.
 *
 * <p><b>A land theatre in Europe.</b> The elements leave it: each of their Baltic units in the
 * posture is withdrawn, and the air support's excess over 1 is scaled by
 * {@code k = 1 − Σ s_i}, {@code s_i} the element's Baltic air share, as in
 * {@link TheatrePostures}.
 */
public final class PoolMoves implements EucomPool {

  /** The last day a campaign can run, and so the last first day of a launcher. */
  private static final int LAST_DAY = 365;

  private final DivisionSetting setting;

  /** Returns the moves of a setting's pool. */
  public PoolMoves(DivisionSetting setting) {
    this.setting = setting;
  }

  /** Returns the moves of the bundled division setting's pool. */
  public static PoolMoves bundled() {
    return new PoolMoves(DivisionSetting.bundled());
  }

  @Override
  public List<OrderOfBattleChange> moved(List<EucomMove> moves, Theatre theatre,
      Posture posture) {
    List<OrderOfBattleChange> changes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    double air = 0;
    int aircraft = 0;
    int ships = 0;
    double airShare = 0;
    for (EucomMove move : moves) {
      MovableForce force = element(move.element());
      if (!seen.add(force.id())) {
        throw AnswersException.badInput("move_from_eucom", force.id(), "element '" + force.id()
            + "' is moved from EUCOM twice");
      }
      MovableForce.StraitWorth worth = force.taiwan();
      if (theatre.amphibious() && move.arrivalDay() > 0 && worth.airSupport() > 0) {
        changes.add(new OrderOfBattleChange.AirArriving(new StraitDefence.AirArrival(
            move.arrivalDay(), worth.airSupport())));
      } else {
        air += worth.airSupport();
      }
      aircraft += worth.aircraft();
      ships += worth.surfaceShips();
      airShare += force.baltic().airShare();
      if (theatre.amphibious()) {
        int latest = worth.launchers().stream().mapToInt(Launcher::firstDay).max().orElse(0);
        if (latest + move.arrivalDay() > LAST_DAY) {
          throw AnswersException.badInput("move_from_eucom", force.id(), "element '"
              + force.id() + "' arriving on day " + move.arrivalDay() + " would fire first on "
              + "day " + (latest + move.arrivalDay()) + ": its arrival_day must be at most "
              + (LAST_DAY - latest) + " (its launchers fire first on day " + latest
              + " after arriving, and a campaign runs at most " + LAST_DAY + " days)");
        }
        for (Launcher l : worth.launchers()) {
          changes.add(new OrderOfBattleChange.AddLauncher(l.delayedBy(move.arrivalDay())));
        }
      } else {
        force.baltic().units().stream()
            .filter(id -> posture.units().stream().map(Unit::id).anyMatch(id::equals))
            .forEach(id -> changes.add(new OrderOfBattleChange.Withdraw(id)));
      }
    }
    List<OrderOfBattleChange> totals = new ArrayList<>();
    if (theatre.amphibious() && air > 0) {
      totals.add(new OrderOfBattleChange.AirSupport(1, air));
    }
    if (theatre.amphibious() && ships + aircraft > 0) {
      totals.add(new OrderOfBattleChange.ShipsAndAircraft(0, ships, 0, 0, aircraft, 0, 0));
    }
    if (!theatre.amphibious() && airShare > 0) {
      totals.add(new OrderOfBattleChange.AirSupport(Math.max(0, 1 - airShare), 0));
    }
    totals.addAll(changes);
    return totals;
  }

  private MovableForce element(String id) {
    List<String> known = setting.pool().stream().map(MovableForce::id).toList();
    return setting.pool().stream().filter(f -> f.id().equals(id)).findFirst()
        .orElseThrow(() -> AnswersException.badInput("move_from_eucom", id, "unknown element '"
            + id + "' to move from EUCOM: expected one of " + known, known, null));
  }
}
