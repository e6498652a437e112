package dev.bulwark.forces.replacement;

/**
 * The replacement year by year for one set of figures, in millions of the scenario's currency
 * at the catalogue's price year. Index 0 is the scenario's start year.
 *
 * @param startYear the first year
 * @param acquisition acquisition spending each year
 * @param operating operating cost of the units in service each year
 * @param lines the scenario's flat annual sums each year
 * @param personnel the personnel of the units delivered by the end of each year
 */
public record Plan(int startYear, double[] acquisition, double[] operating, double[] lines,
    double[] personnel) {

  /** Returns the number of years. */
  public int years() {
    return acquisition.length;
  }

  /** Returns the cost of year index {@code t}: acquisition + operating + lines. */
  public double annual(int t) {
    return acquisition[t] + operating[t] + lines[t];
  }

  /** Returns the cost of the years 0 to {@code t}. */
  public double cumulative(int t) {
    double sum = 0;
    for (int s = 0; s <= t; s++) {
      sum += annual(s);
    }
    return sum;
  }

  /** Returns the cost over the whole horizon. */
  public double total() {
    return cumulative(years() - 1);
  }
}
