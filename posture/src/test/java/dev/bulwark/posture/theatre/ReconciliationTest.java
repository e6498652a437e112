package dev.bulwark.posture.theatre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Supported figures: the independent December 2024 sums of {@link TheatrePostureTest}. */
final class ReconciliationTest {

  private final Reconciliation reconciliation = Reconciliation.withDefaults();
  private final Map<String, ReconciledClaim> claims = reconciliation.claims().stream()
      .collect(Collectors.toMap(ReconciledClaim::id, Function.identity()));

  @Test
  void theClaimsAreSetAgainstTheDecember2024Report() {
    assertThat(reconciliation.quarter()).hasToString("2024Q4");
    assertThat(claims.values()).allSatisfy(c -> assertThat(c.basis()).contains("2024Q4"));
  }

  @Test
  void aboutOneHundredThousandInEuropeAgainst66121PermanentlyStationed() {
    ReconciledClaim europe = claims.get("europe_total");
    assertThat(europe.claimed()).isEqualTo(100_000);
    assertThat(europe.supported()).isEqualTo(66_121);
    assertThat(europe.difference()).isEqualTo(-33_879);
    assertThat(europe.reason()).contains("rotational");
  }

  @Test
  void germanyHoldsAboutAThirdOfTheClaimButHalfOfThePermanentForce() {
    assertThat(claims.get("germany_count").supported()).isEqualTo(34_949);
    // 34,949 / 66,121 = 52.86% (hand division)
    assertThat(claims.get("germany_share").supported()).isCloseTo(52.86, within(0.005));
    assertThat(claims.get("germany_share").claimed()).isCloseTo(33.33, within(0.005));
  }

  @Test
  void indoPacificAssignedAgainstHostsTerritoriesAndPacificStates() {
    ReconciledClaim pacific = claims.get("indopacific_assigned");
    // 76,976 abroad + 6,732 territories + 64,201 Hawaii and Alaska = 147,909
    assertThat(pacific.supported()).isEqualTo(147_909);
    assertThat(pacific.claimed()).isEqualTo(375_000);
    assertThat(pacific.reason()).contains("continental United States");
  }
}
