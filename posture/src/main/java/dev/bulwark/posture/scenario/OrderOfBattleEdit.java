package dev.bulwark.posture.scenario;

import dev.bulwark.posture.PostureException;
import java.util.List;

/**
 * Changes to one theatre's order of battle for the campaign model: units added, withdrawn and
 * delayed, applied in that order to the named posture, then, in an amphibious theatre (the
 * Taiwan Strait), the changes to its launchers, ships and aircraft.
 *
 * @param theatre the id of a campaign theatre ({@code Theatres#ids()})
 * @param posture the posture id the edits apply to, or {@code null} for the theatre's baseline
 * @param add units that join
 * @param withdraw ids of units that leave
 * @param delay units that arrive later
 * @param strait changes to a Taiwan Strait posture's launchers, ships and aircraft, or
 *     {@code null}
 */
public record OrderOfBattleEdit(String theatre, String posture, List<UnitEntry> add,
    List<String> withdraw, List<UnitDelay> delay, StraitEdit strait) {

  public OrderOfBattleEdit {
    PostureException.require(theatre != null && theatre.matches("[a-z0-9-]+"),
        "theatre must be a campaign theatre id (lower-case letters, digits and hyphens), was '"
            + theatre + "'");
    add = add == null ? List.of() : List.copyOf(add);
    withdraw = withdraw == null ? List.of() : List.copyOf(withdraw);
    delay = delay == null ? List.of() : List.copyOf(delay);
    PostureException.require(!add.isEmpty() || !withdraw.isEmpty() || !delay.isEmpty()
            || strait != null, "an order-of-battle edit for '" + theatre + "' must add, withdraw"
        + " or delay a unit, or give a strait edit");
  }
}
