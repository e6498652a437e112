package dev.bulwark.forces.replacement;

import java.util.List;

/**
 * What a Monte Carlo run of the replacement model gives.
 *
 * @param seed the seed of the random streams
 * @param runs the number of runs
 * @param drawn the names of the figures drawn, in the order each run draws them
 * @param years the spread of each year
 */
public record SimulationResult(long seed, int runs, List<String> drawn, List<YearBand> years) {

  public SimulationResult {
    drawn = List.copyOf(drawn);
    years = List.copyOf(years);
  }

  /** Returns the spread of the last year: the whole horizon's cost. */
  public YearBand last() {
    return years.get(years.size() - 1);
  }
}
