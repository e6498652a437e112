package dev.bulwark.posture.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class HourCountsTest {

  // Horizon H = 3 hours: times 1, 1, 3 and two replications that held (index 4 = +inf).
  // Sorted by hand: 1, 1, 3, +inf, +inf.
  private final HourCounts counts = new HourCounts(new int[] {0, 2, 0, 1, 2});

  @Test
  void theCountsAreTheSortedSample() {
    assertThat(counts.total()).isEqualTo(5);
    assertThat(counts.reached()).isEqualTo(3);
    assertThat(new double[] {counts.sorted(0), counts.sorted(1), counts.sorted(2),
        counts.sorted(3), counts.sorted(4)})
        .containsExactly(1, 1, 3, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  @Test
  void beyondAnHourCountsTheRunsNotYetFallenAndFromTheHorizonOnTheRunsThatHeld() {
    assertThat(counts.beyond(0)).isEqualTo(5);
    assertThat(counts.beyond(1)).isEqualTo(3);
    assertThat(counts.beyond(2)).isEqualTo(3);
    assertThat(counts.beyond(3)).isEqualTo(2);
    assertThat(counts.beyond(4)).isEqualTo(2);
    assertThat(counts.beyond(100)).isEqualTo(2);
  }
}
