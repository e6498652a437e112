package dev.bulwark.answers.division;

import dev.bulwark.posture.campaign.ProgressListener;
import dev.bulwark.posture.campaign.UnitKind;
import dev.bulwark.posture.sweep.Sweep;
import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The frontier as a sweep, for an executor that may ship it to other machines (Spark): cell
 * {@code c ≤ steps} is the Baltic posture of share {@code c / steps}, cell {@code steps + 1 + c}
 * the Taiwan posture of the same share; each runs its posture alone with the frontier's runs and
 * seed, and so gives exactly what {@link Frontier#run}'s one pass per theatre gives it (each
 * posture of a pass with common random numbers is its own run with that seed). A cell draws from
 * the campaign engine's streams of (seed, block), not from the sweep's cell stream, which is
 * what keeps the random numbers common across cells. The sweep holds only numbers: each machine
 * reads the bundled division setting and rebuilds the postures, Europe's brigades from their
 * counts in the Baltic.
 */
final class FrontierSweep implements Sweep<Double> {

  private static final long serialVersionUID = 1L;

  private final int steps;
  private final int runs;
  private final long seed;
  private final double heavy;
  private final double light;

  FrontierSweep(int steps, int runs, long seed, EuropeanBrigades europe) {
    this.steps = steps;
    this.runs = runs;
    this.seed = seed;
    this.heavy = europe.inBaltic(UnitKind.HEAVY_ARMOURED);
    this.light = europe.inBaltic(UnitKind.LIGHT);
  }

  @Override
  public int cells() {
    return 2 * (steps + 1);
  }

  @Override
  public Double run(int cell, UniformRandomProvider random) {
    DivisionSetting setting = DivisionSetting.bundled();
    TheatrePostures postures = new TheatrePostures(setting);
    Allocation allocation = Allocation.ofShare(setting.pool(),
        (double) (cell % (steps + 1)) / steps);
    TheatreRuns theatres = new TheatreRuns(runs, seed, Optional.of(1), ProgressListener.NONE);
    return cell <= steps
        ? theatres.balticHolds(List.of(postures.baltic(allocation, heavy, light)),
            setting.baltic().holdDay())[0]
        : theatres.taiwanDefeated(List.of(postures.taiwan(allocation)),
            setting.taiwan().day())[0];
  }
}
