package dev.bulwark.posture.scenario;

import dev.bulwark.posture.PostureException;
import java.util.List;

/**
 * Changes to a Taiwan Strait posture beyond its ground units, applied in this order: elements
 * moved from EUCOM, launchers added, withdrawn and delayed, ships and aircraft added, then
 * withdrawn. Each list is optional; together they must change something.
 *
 * @param moveFromEucom elements of the US forces in Europe moved to the theatre
 * @param addLaunchers anti-ship launchers that join
 * @param withdrawLaunchers ids of launchers that leave
 * @param delayLaunchers launchers that fire first later
 * @param add ships and aircraft that join, or {@code null}
 * @param withdraw ships and aircraft that leave, or {@code null}
 */
public record StraitEdit(List<EucomMove> moveFromEucom, List<LauncherEntry> addLaunchers,
    List<String> withdrawLaunchers, List<LauncherDelay> delayLaunchers, StraitCounts add,
    StraitCounts withdraw) {

  public StraitEdit {
    moveFromEucom = moveFromEucom == null ? List.of() : List.copyOf(moveFromEucom);
    addLaunchers = addLaunchers == null ? List.of() : List.copyOf(addLaunchers);
    withdrawLaunchers = withdrawLaunchers == null ? List.of() : List.copyOf(withdrawLaunchers);
    delayLaunchers = delayLaunchers == null ? List.of() : List.copyOf(delayLaunchers);
    PostureException.require(!moveFromEucom.isEmpty() || !addLaunchers.isEmpty()
            || !withdrawLaunchers.isEmpty() || !delayLaunchers.isEmpty() || add != null
            || withdraw != null, "a strait edit must give move_from_eucom, add_launchers,"
        + " withdraw_launchers, delay_launchers, add or withdraw");
  }
}
