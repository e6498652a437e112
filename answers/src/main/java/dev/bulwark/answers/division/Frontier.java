package dev.bulwark.answers.division;

import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.posture.campaign.ProgressListener;
import dev.bulwark.posture.sweep.SweepExecutor;
import java.util.ArrayList;
import java.util.List;

/**
 * The two theatres over a grid of allocations: for shares {@code s_j = j / steps} of the pool
 * moved to the Indo-Pacific ({@link Allocation#ofShare}), the chance that the Baltic holds to its
 * hold day and the chance that the invasion of Taiwan is defeated, each theatre run in one pass
 * with common random numbers; a point is on the Pareto frontier when no other point is at least
 * as good in both theatres and better in one, nor equal in both with a smaller share moved.
 *
 * @param europe the European brigades the Baltic postures hold
 * @param points one per share, in increasing share
 */
public record Frontier(EuropeanBrigades europe, List<Point> points) {

  public Frontier {
    points = List.copyOf(points);
  }

  /**
   * One allocation and its two chances.
   *
   * @param allocation what moves
   * @param baltic the chance the Baltic holds to its hold day
   * @param taiwan the chance the invasion of Taiwan is defeated by its day
   * @param efficient whether it is on the Pareto frontier
   */
  public record Point(Allocation allocation, double baltic, double taiwan, boolean efficient) {}

  /** Returns the shares {@code j / steps}, {@code j = 0 … steps}. */
  public static List<Allocation> grid(DivisionSetting setting, int steps) {
    List<Allocation> grid = new ArrayList<>();
    for (int j = 0; j <= steps; j++) {
      grid.add(Allocation.ofShare(setting.pool(), (double) j / steps));
    }
    return grid;
  }

  /** Runs both theatres over the grid of {@code steps + 1} shares. */
  public static Frontier run(DivisionSetting setting, EuropeanBrigades europe, int steps,
      TheatreRuns runs) {
    TheatrePostures postures = new TheatrePostures(setting);
    List<Allocation> grid = grid(setting, steps);
    List<Posture> baltic = grid.stream().map(a -> postures.baltic(a, europe)).toList();
    List<Posture> taiwan = grid.stream().map(postures::taiwan).toList();
    double[] holds = runs.balticHolds(baltic, setting.baltic().holdDay());
    double[] defeated = runs.taiwanDefeated(taiwan, setting.taiwan().day());
    return new Frontier(europe, points(grid, holds, defeated));
  }

  /**
   * Runs both theatres over the grid on a sweep executor (Spark, or this machine's threads), one
   * cell a posture ({@link FrontierSweep}); the chances equal {@link #run}'s.
   */
  public static Frontier sweep(DivisionSetting setting, EuropeanBrigades europe, int steps,
      int runs, long seed, SweepExecutor executor, ProgressListener progress) {
    List<Double> chances = executor.run(new FrontierSweep(steps, runs, seed, europe), seed,
        progress);
    double[] holds = new double[steps + 1];
    double[] defeated = new double[steps + 1];
    for (int j = 0; j <= steps; j++) {
      holds[j] = chances.get(j);
      defeated[j] = chances.get(steps + 1 + j);
    }
    return new Frontier(europe, points(grid(setting, steps), holds, defeated));
  }

  /** Pairs allocations with their chances and marks the Pareto frontier. */
  static List<Point> points(List<Allocation> allocations, double[] baltic, double[] taiwan) {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < allocations.size(); i++) {
      boolean dominated = false;
      for (int j = 0; j < allocations.size() && !dominated; j++) {
        boolean asGood = baltic[j] >= baltic[i] && taiwan[j] >= taiwan[i];
        dominated = asGood && (baltic[j] > baltic[i] || taiwan[j] > taiwan[i] || j < i);
      }
      points.add(new Point(allocations.get(i), baltic[i], taiwan[i], !dominated));
    }
    return points;
  }
}
