package dev.bulwark.answers.division;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.answers.Asking;
import dev.bulwark.answers.posture.CampaignCatalogue;
import dev.bulwark.posture.campaign.CampaignSimulation;
import dev.bulwark.posture.campaign.ProgressListener;
import dev.bulwark.posture.campaign.StraitOutcome;
import dev.bulwark.posture.campaign.StraitSimulation;
import dev.bulwark.posture.sweep.LocalExecutor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shape of the frontier: moving more to the Indo-Pacific never helps the Baltic nor hurts
 * Taiwan beyond Monte Carlo error, a higher European target never hurts the Baltic, and a point
 * of the frontier is what a direct run of each theatre gives for its posture.
 */
final class FrontierTest {

  private static final DivisionSetting SETTING = DivisionSetting.bundled();
  private static final int RUNS = 20_000;
  private static final TheatreRuns THEATRES = new TheatreRuns(RUNS, 1253, Optional.empty(),
      ProgressListener.NONE);
  /**
   * Three standard errors of a chance at its widest, 3 × 0.5 / √20,000 = 0.0106: a bound on
   * sampling error, which common random numbers make far smaller between neighbours.
   */
  private static final double ERROR = 3 * 0.5 / Math.sqrt(RUNS);

  private static Frontier frontier(double target) {
    return Frontier.run(SETTING, EuropeanBrigades.onPath(SETTING, target, 2035, 2030,
        Asking.CONTEXT), 10, THEATRES);
  }

  @Test
  void movingMoreNeverHelpsTheBalticNorHurtsTaiwan() {
    List<Frontier.Point> points = frontier(3.5).points();
    for (int j = 1; j < points.size(); j++) {
      assertThat(points.get(j).baltic()).as("Baltic at share %s", j)
          .isLessThanOrEqualTo(points.get(j - 1).baltic() + ERROR);
      assertThat(points.get(j).taiwan()).as("Taiwan at share %s", j)
          .isGreaterThanOrEqualTo(points.get(j - 1).taiwan() - ERROR);
    }
    // The trade-off is real: the Baltic's ends differ by far more than the error, and with
    // common random numbers the Strait gains from the launchers moved in every pass.
    assertThat(points.get(0).baltic() - points.get(10).baltic()).isGreaterThan(10 * ERROR);
    assertThat(points.get(10).taiwan()).isGreaterThan(points.get(0).taiwan());
  }

  @Test
  void aHigherEuropeanTargetNeverHurtsTheBaltic() {
    List<Frontier.Point> low = frontier(2.5).points();
    List<Frontier.Point> mid = frontier(3.5).points();
    List<Frontier.Point> high = frontier(5.0).points();
    for (int j = 0; j < low.size(); j++) {
      assertThat(mid.get(j).baltic()).isGreaterThanOrEqualTo(low.get(j).baltic() - ERROR);
      assertThat(high.get(j).baltic()).isGreaterThanOrEqualTo(mid.get(j).baltic() - ERROR);
      assertThat(high.get(j).taiwan()).isEqualTo(low.get(j).taiwan());
    }
  }

  @Test
  void aPointOfTheFrontierIsADirectRunOfEachTheatre() {
    EuropeanBrigades europe = EuropeanBrigades.onPath(SETTING, 3.5, 2035, 2030, Asking.CONTEXT);
    Frontier.Point point = Frontier.run(SETTING, europe, 10, THEATRES).points().get(3);
    TheatrePostures postures = new TheatrePostures(SETTING);
    double baltic = CampaignSimulation.withDefaults().withRuns(RUNS).withSeed(1253)
        .withHoldDays(List.of(28)).withHorizonDays(30)
        .run(CampaignCatalogue.theatre("baltic"), postures.baltic(point.allocation(),
            europe)).holdsUntil(28);
    double taiwan = StraitSimulation.withDefaults().withRuns(RUNS).withSeed(1253)
        .withHorizonDays(30).run(CampaignCatalogue.theatre("taiwan"),
            postures.taiwan(point.allocation())).probability(StraitOutcome.INVASION_DEFEATED);
    assertThat(point.allocation().share()).isEqualTo(0.3);
    assertThat(point.baltic()).isEqualTo(baltic);
    assertThat(point.taiwan()).isEqualTo(taiwan);
  }

  @Test
  void theFrontierSweptCellByCellOnThreadsIsTheOnePassFrontier() throws Exception {
    EuropeanBrigades europe = EuropeanBrigades.onPath(SETTING, 5.0, 2035, 2029, Asking.CONTEXT);
    TheatreRuns few = new TheatreRuns(3000, 7, Optional.empty(), ProgressListener.NONE);
    Frontier pass = Frontier.run(SETTING, europe, 4, few);
    Frontier swept = Frontier.sweep(SETTING, europe, 4, 3000, 7, LocalExecutor.onThreads(2),
        ProgressListener.NONE);
    for (int j = 0; j < pass.points().size(); j++) {
      assertThat(swept.points().get(j).baltic()).isEqualTo(pass.points().get(j).baltic());
      assertThat(swept.points().get(j).taiwan()).isEqualTo(pass.points().get(j).taiwan());
    }
    // As a cluster ships it: the sweep read back from its serialized form gives the same cell.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new FrontierSweep(4, 3000, 7, europe));
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      FrontierSweep shipped = (FrontierSweep) in.readObject();
      assertThat(shipped.run(6, null)).isEqualTo(pass.points().get(1).taiwan());
    }
  }

  @Test
  void theParetoFrontierKeepsOnlyUndominatedPoints() {
    List<Allocation> grid = Frontier.grid(SETTING, 3);
    // (0.8, 0.7) and (0.6, 0.8) trade off; (0.5, 0.8) is dominated by (0.6, 0.8); (0.6, 0.6) by
    // both of the first.
    List<Frontier.Point> points = Frontier.points(grid, new double[] {0.8, 0.6, 0.5, 0.6},
        new double[] {0.7, 0.8, 0.8, 0.6});
    assertThat(points).extracting(Frontier.Point::efficient)
        .containsExactly(true, true, false, false);
  }
}
