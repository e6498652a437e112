package dev.bulwark.answers.division;

import dev.bulwark.core.BadInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How much of each element of the pool moves to the Indo-Pacific: {@code moved[i]} is the
 * fraction of element {@code i} that moves, in [0, 1].
 *
 * <p>{@link #ofShare} fills the pool in its order: with {@code P_i} the personnel of element
 * {@code i}, {@code P} the pool's and {@code C_i = Σ_{j<i} P_j}, a share {@code s} moves
 * {@code f_i = min(1, max(0, (s P − C_i) / P_i))} of element {@code i}, so the elements before the
 * margin move whole, the one at the margin in part and those after it not at all.
 *
 * @param share the share of the pool's personnel that moves, in [0, 1]
 * @param moved the fraction of each element that moves, in the pool's order
 */
public record Allocation(double share, double[] moved) {

  public Allocation {
    BadInputException.require(share >= 0 && share <= 1, "a share moved must be in [0, 1], was "
        + share);
    moved = moved.clone();
  }

  /** Moves a share of the pool's personnel, in the pool's order. */
  public static Allocation ofShare(List<MovableForce> pool, double share) {
    double total = pool.stream().mapToInt(MovableForce::personnel).sum();
    double[] moved = new double[pool.size()];
    double before = 0;
    for (int i = 0; i < moved.length; i++) {
      double personnel = pool.get(i).personnel();
      moved[i] = Math.min(1, Math.max(0, (share * total - before) / personnel));
      before += personnel;
    }
    return new Allocation(share, moved);
  }

  /**
   * Moves the named elements whole and nothing else.
   *
   * @throws BadInputException naming an id the pool does not hold
   */
  public static Allocation ofElements(List<MovableForce> pool, Set<String> ids) {
    List<String> known = pool.stream().map(MovableForce::id).toList();
    ids.forEach(id -> BadInputException.require(known.contains(id), () -> "unknown pool element '"
        + id + "': expected one of " + known));
    double[] moved = new double[pool.size()];
    double movedPersonnel = 0;
    double total = 0;
    for (int i = 0; i < moved.length; i++) {
      moved[i] = ids.contains(pool.get(i).id()) ? 1 : 0;
      movedPersonnel += moved[i] * pool.get(i).personnel();
      total += pool.get(i).personnel();
    }
    return new Allocation(movedPersonnel / total, moved);
  }

  /** Returns the fraction of element {@code i} that moves. */
  public double moved(int i) {
    return moved[i];
  }

  /** Returns the personnel moved. */
  public double personnel(List<MovableForce> pool) {
    double sum = 0;
    for (int i = 0; i < moved.length; i++) {
      sum += moved[i] * pool.get(i).personnel();
    }
    return sum;
  }

  /** Names what moves: the ids, each in part with its percentage ({@code us-2cr (40%)}). */
  public String describe(List<MovableForce> pool) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < moved.length; i++) {
      if (moved[i] >= 1) {
        names.add(pool.get(i).id());
      } else if (moved[i] > 0) {
        names.add(String.format(Locale.ROOT, "%s (%.0f%%)", pool.get(i).id(), 100 * moved[i]));
      }
    }
    return names.isEmpty() ? "none" : String.join("; ", names);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Allocation a && a.share == share && Arrays.equals(a.moved, moved);
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(share) + Arrays.hashCode(moved);
  }

  @Override
  public String toString() {
    return "Allocation[share=" + share + ", moved=" + Arrays.toString(moved) + "]";
  }
}
