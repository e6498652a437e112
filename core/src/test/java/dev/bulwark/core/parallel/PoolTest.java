package dev.bulwark.core.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.BulwarkException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The pool runs parallel streams on the threads asked for, and passes failures on. */
final class PoolTest {

  @Test
  void oneThreadRunsTheWorkOnTheCallersThread() {
    Thread caller = Thread.currentThread();
    assertThat(Pool.run(1, Thread::currentThread)).isSameAs(caller);
  }

  @Test
  void aParallelStreamInsideUsesAPoolOfTheThreadCount() {
    Set<String> names = ConcurrentHashMap.newKeySet();
    int parallelism = Pool.run(3, () -> {
      IntStream.range(0, 10_000).parallel().forEach(i -> names.add(Thread.currentThread().getName()));
      return ForkJoinTask.getPool().getParallelism();
    });
    assertThat(parallelism).isEqualTo(3);
    assertThat(names).hasSizeLessThanOrEqualTo(3).noneMatch(n -> n.contains("commonPool"));
  }

  @Test
  void aRuntimeExceptionOfTheWorkIsThrownAsItIs() {
    IllegalStateException thrown = new IllegalStateException("no");
    assertThatThrownBy(() -> Pool.run(2, () -> {
      throw thrown;
    })).isSameAs(thrown);
  }

  @Test
  void anErrorOfTheWorkIsAFailure() {
    assertThatThrownBy(() -> Pool.run(2, () -> {
      throw new AssertionError("broken");
    })).isInstanceOf(PoolException.class)
        .hasMessageContaining("broken")
        .satisfies(e -> assertThat(((PoolException) e).kind())
            .isEqualTo(BulwarkException.Kind.FAILURE));
  }
}
