package dev.bulwark.posture.campaign;

/**
 * One bar of the Taiwan Strait tornado: the chance the invasion is defeated, and that the capital
 * is taken, with one parameter fixed at its low and at its high, the others drawn.
 *
 * @param parameter the parameter's row of the theatre's table
 * @param low its low, as the case's uncertainty states it (a posture's own for the rows a
 *     posture replaces)
 * @param high its high
 * @param defeatedAtLow the share of runs in which the invasion is defeated, parameter at its low
 * @param defeatedAtHigh the same at its high
 * @param capitalAtLow the share of runs in which the capital is taken, parameter at its low
 * @param capitalAtHigh the same at its high
 */
public record StraitTornadoBar(Parameter parameter, double low, double high,
    double defeatedAtLow, double defeatedAtHigh, double capitalAtLow, double capitalAtHigh) {

  /** The swing of the chance of defeat between the ends. */
  public double defeatedSwing() {
    return Math.abs(defeatedAtHigh - defeatedAtLow);
  }

  /** The swing of the chance the capital is taken between the ends. */
  public double capitalSwing() {
    return Math.abs(capitalAtHigh - capitalAtLow);
  }
}
