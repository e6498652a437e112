package dev.bulwark.posture.forces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class HistoricalNamesTest {

  private final HistoricalNames names = HistoricalNames.bundled();

  @Test
  void hostsArePrintedAsTheyWereWithTheirSuccessor() {
    LocalDate september1990 = LocalDate.of(1990, 9, 30);
    assertThat(names.on("DEU", september1990)).hasValueSatisfying(n -> {
      assertThat(n.name()).isEqualTo("West Germany");
      assertThat(n.successor()).isEqualTo("DEU");
    });
    assertThat(names.on("RUS", september1990)).map(HistoricalNames.Name::name).hasValue("USSR");
    assertThat(names.on("SRB", september1990)).map(HistoricalNames.Name::name)
        .hasValue("Yugoslavia");
    assertThat(names.on("CSK", september1990)).map(HistoricalNames.Name::successor)
        .hasValue("CZE");
  }

  @Test
  void aStateThatStillExistsUnderItsNameHasNoHistoricalName() {
    assertThat(names.on("DEU", LocalDate.of(1990, 10, 3))).isEmpty();
    assertThat(names.on("FRA", LocalDate.of(1970, 9, 30))).isEmpty();
  }
}
