package dev.bulwark.posture.campaign;

/**
 * One bar of the tornado: the answer with one parameter fixed at its low and at its high value,
 * the others drawn as usual.
 *
 * @param parameter the parameter's row of the theatre's table
 * @param low its low value
 * @param high its high value
 * @param medianHoursAtLow median hours to the first objective with the parameter at its low
 * @param medianHoursAtHigh the same at its high ({@code +∞} when the median run holds)
 * @param holdAtLow probability that the defence holds until the tornado's day, parameter low
 * @param holdAtHigh the same, parameter high
 */
public record TornadoBar(Parameter parameter, double low, double high, double medianHoursAtLow,
    double medianHoursAtHigh, double holdAtLow, double holdAtHigh) {

  /** The swing of the hold probability, |high − low|. */
  public double holdSwing() {
    return Math.abs(holdAtHigh - holdAtLow);
  }

  /** The swing of the median hours, |high − low| ({@code +∞} when one end holds, 0 when both). */
  public double medianSwing() {
    return medianHoursAtHigh == medianHoursAtLow ? 0 : Math.abs(medianHoursAtHigh - medianHoursAtLow);
  }
}
