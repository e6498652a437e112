package dev.bulwark.sweeps.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.division.DivisionQuestion;
import dev.bulwark.answers.forces.ReplacementFunction;
import dev.bulwark.answers.posture.CampaignQuestion;
import dev.bulwark.answers.question.Questions;
import dev.bulwark.answers.scenario.ScenarioLibrary;
import dev.bulwark.answers.table.Table;
import dev.bulwark.data.Ledger;
import dev.bulwark.posture.campaign.CampaignFunction;
import dev.bulwark.posture.campaign.ProgressListener;
import dev.bulwark.posture.campaign.StraitFunction;
import dev.bulwark.posture.sensitivity.SampledModel;
import dev.bulwark.posture.sensitivity.SobolAnalysis;
import dev.bulwark.posture.sweep.LocalExecutor;
import dev.bulwark.posture.sweep.SweepEngine;
import dev.bulwark.posture.sweep.SweepExecutor;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One sweep run both ways, on Spark in local[2] and on the local executor: every number equal. */
final class SparkSweepTest {

  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().appName("bulwark sweep test").master("local[2]")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  /** Ishigami and Homma's test function, a named class so that it travels to Spark's tasks. */
  static final class Ishigami implements SampledModel {
    private static final long serialVersionUID = 1L;

    @Override
    public List<String> inputs() {
      return List.of("x1", "x2", "x3");
    }

    @Override
    public void evaluate(double[][] u, int size, double[] out) {
      for (int r = 0; r < size; r++) {
        double x1 = -Math.PI + 2 * Math.PI * u[0][r];
        double x3 = -Math.PI + 2 * Math.PI * u[2][r];
        out[r] = Math.sin(x1) + 7 * Math.pow(Math.sin(-Math.PI + 2 * Math.PI * u[1][r]), 2)
            + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
      }
    }
  }

  private static SobolAnalysis both(SampledModel model, int samples, SweepExecutor executor) {
    return SobolAnalysis.run(model, samples, 50, 17, executor, ProgressListener.NONE);
  }

  @Test
  void theIshigamiIndicesOnSparkEqualTheLocalExecutorsToTheLastBit() {
    // 20,000 base rows: 10 cells of 2,048 and one of 1,520, spread over Spark's slices.
    SobolAnalysis onSpark = both(new Ishigami(), 20_000, new SparkExecutor(spark));
    SobolAnalysis local = both(new Ishigami(), 20_000, LocalExecutor.onThreads(2));

    assertThat(onSpark).isEqualTo(local);
    assertThat(onSpark.indices().get(1).first()).isBetween(0.40, 0.48);
  }

  @Test
  void aCampaignsIndicesOnSparkEqualTheLocalExecutors() {
    CampaignFunction baltic = CampaignFunction.bundled("baltic", "baltic-2016", 30,
        CampaignFunction.Output.HOURS, 1);

    assertThat(both(baltic, 4096, new SparkExecutor(spark)))
        .isEqualTo(both(baltic, 4096, LocalExecutor.onThreads(1)));
  }

  @Test
  void theTaiwanStraitsIndicesOnSparkEqualTheLocalExecutors() {
    StraitFunction taiwan = StraitFunction.bundled("taiwan", "taiwan-2026-no-japan-bases", 30,
        30);

    assertThat(both(taiwan, 512, new SparkExecutor(spark)))
        .isEqualTo(both(taiwan, 512, LocalExecutor.onThreads(1)));
  }

  @Test
  void theReplacementsIndicesOnSparkEqualTheLocalExecutors() {
    ReplacementFunction replace = ReplacementFunction.bundled("bruegel-2025", 10);

    assertThat(both(replace, 1024, new SparkExecutor(spark)))
        .isEqualTo(both(replace, 1024, LocalExecutor.onThreads(1)));
  }

  @Test
  void theDivisionFrontierOnSparkEqualsTheOnePassFrontierHere() {
    AnswerContext context = AnswerContext.of(Ledger::embedded, Clock.systemUTC(),
        ScenarioLibrary.NONE);
    Map<String, List<String>> given = new HashMap<>(Map.of("runs", List.of("2000"), "steps",
        List.of("4"), "year", List.of("2031")));
    Table here = Questions.ask(new DivisionQuestion(), given, context).answer(context);
    given.put("engine", List.of("spark"));
    given.put("master", List.of("local[2]"));
    Table spark = Questions.ask(new DivisionQuestion(), given, context).answer(context);
    assertThat(spark.rows()).hasSize(5).isEqualTo(here.rows());
  }

  @Test
  void theTornadosOfBothTheatresOnSparkEqualTheOnePassTornadosHere() {
    for (String[] asked : new String[][] {{"baltic", "baltic-2016", "2000"},
        {"taiwan", "taiwan-2026-no-japan-bases", "300"}}) {
      AnswerContext context = AnswerContext.of(Ledger::embedded, Clock.systemUTC(),
          ScenarioLibrary.NONE);
      Map<String, List<String>> given = new HashMap<>(Map.of("theatre", List.of(asked[0]),
          "posture", List.of(asked[1]), "runs", List.of(asked[2]), "show",
          List.of("tornado")));
      Table here = Questions.ask(new CampaignQuestion(), given, context).answer(context);
      given.put("engine", List.of("spark"));
      given.put("master", List.of("local[2]"));
      Table spark = Questions.ask(new CampaignQuestion(), given, context).answer(context);
      assertThat(spark.rows()).as(asked[1]).hasSizeGreaterThan(5).isEqualTo(here.rows());
    }
  }

  @Test
  void theSparkEngineIsFoundByNameOnTheClassPath() {
    assertThat(SweepEngine.named("spark", Optional.of("local[2]"), Optional.empty()))
        .isInstanceOf(SparkExecutor.class);
  }
}
