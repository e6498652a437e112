package dev.bulwark.posture.scenario;

import dev.bulwark.posture.PostureException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

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
    moveFromEucom = listed(moveFromEucom, "move_from_eucom", EucomMove::element);
    addLaunchers = listed(addLaunchers, "add_launchers", LauncherEntry::id);
    withdrawLaunchers = listed(withdrawLaunchers, "withdraw_launchers", id -> id);
    delayLaunchers = listed(delayLaunchers, "delay_launchers", LauncherDelay::launcher);
    PostureException.require(!moveFromEucom.isEmpty() || !addLaunchers.isEmpty()
            || !withdrawLaunchers.isEmpty() || !delayLaunchers.isEmpty() || add != null
            || withdraw != null, "a strait edit must give move_from_eucom, add_launchers,"
        + " withdraw_launchers, delay_launchers, add or withdraw");
  }

  /** The items of a list, none empty and no id twice; an absent list is empty. */
  private static <T> List<T> listed(List<T> items, String field, Function<T, String> id) {
    if (items == null) {
      return List.of();
    }
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      PostureException.require(item != null && id.apply(item) != null
          && !id.apply(item).isBlank(), field + " must not hold an empty item");
      PostureException.require(seen.add(id.apply(item)), field + " lists '" + id.apply(item)
          + "' twice");
    }
    return List.copyOf(items);
  }
}
