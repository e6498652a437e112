package dev.bulwark.forces.replacement;

/**
 * One bar of the tornado: the cost over the horizon with one figure at its low and at its high,
 * every other figure at its most likely value; millions of the scenario's currency.
 *
 * @param figure the figure
 * @param low the figure's low value
 * @param high the figure's high value
 * @param totalAtLow the cost over the horizon with the figure at its low
 * @param totalAtHigh the cost over the horizon with the figure at its high
 */
public record CostBar(Figure figure, double low, double high, double totalAtLow,
    double totalAtHigh) {

  /** Returns the bar's width, {@code |totalAtHigh − totalAtLow|}. */
  public double swing() {
    return Math.abs(totalAtHigh - totalAtLow);
  }
}
