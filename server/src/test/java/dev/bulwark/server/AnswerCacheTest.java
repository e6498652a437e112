package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.question.Questions;
import dev.bulwark.answers.scenario.ScenarioLibrary;
import dev.bulwark.data.Ledger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The answer cache is bounded, keeps taking new answers, and keys by the resolved request. */
final class AnswerCacheTest {

  @Test
  void manyDistinctAnswersStayWithinTheBoundAndNewOnesAreStillKept() {
    AnswerCache cache = new AnswerCache(1 << 20);
    for (int i = 0; i < 5_000; i++) {
      cache.get("answer " + i, key -> new byte[1_000]);
    }
    AtomicInteger computed = new AtomicInteger();
    cache.get("the newest", key -> {
      computed.incrementAndGet();
      return new byte[1_000];
    });
    cache.get("the newest", key -> {
      computed.incrementAndGet();
      return new byte[1_000];
    });

    // 5,000 answers of about 1 KB against a bound of 1 MiB: at most about a thousand are kept.
    assertThat(cache.size()).isBetween(1L, 1_050L);
    assertThat(computed).hasValue(1);
  }

  @Test
  void aDefaultOfTodayIsKeyedByTheDayItResolvedTo() {
    var question = Questions.bundled().named("umbrella");
    AnswerContext monday = context("2025-02-10T23:59:00Z");
    AnswerContext tuesday = context("2025-02-11T00:01:00Z");

    String unnamedMonday = Questions.ask(question, Map.of(), monday).key();
    String unnamedTuesday = Questions.ask(question, Map.of(), tuesday).key();
    String namedMonday = Questions.ask(question, Map.of("date", List.of("2025-02-10")), tuesday)
        .key();

    assertThat(unnamedMonday).isNotEqualTo(unnamedTuesday).isEqualTo(namedMonday);
  }

  private static AnswerContext context(String instant) {
    return AnswerContext.of(Ledger::embedded, Clock.fixed(Instant.parse(instant),
        ZoneOffset.UTC), ScenarioLibrary.NONE);
  }
}
