package dev.bulwark.core.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.BadInputException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class PanelTest {

  private static final Edition NATO = new Edition(Source.NATO, "2024", "tables",
      LocalDate.of(2024, 6, 17), "file.xlsx");
  private static final Edition BANK = new Edition(Source.WORLD_BANK, "2026-03", "indicators",
      LocalDate.of(2026, 3, 1), "api");

  @Test
  void aSourcesLoaderRunsOnceAndOnlyWhenOneOfItsIndicatorsIsAskedFor() {
    AtomicInteger loads = new AtomicInteger();
    Panel panel = Panel.builder()
        .edition(NATO).add(Indicator.NATO_DEFEXP_SHARE_GDP, "POL", 2024, 4.12, Flag.ESTIMATE)
        .edition(BANK, values -> {
          loads.incrementAndGet();
          values.add(Indicator.WB_GDP_USD_CURRENT, "POL", 2023, 8.1e11, Flag.REPORTED);
        }).build();

    assertThat(panel.value(Indicator.NATO_DEFEXP_SHARE_GDP, "POL", 2024)).hasValue(4.12);
    assertThat(panel.edition(Source.WORLD_BANK)).contains(BANK);
    assertThat(loads).hasValue(0);
    assertThat(panel.value(Indicator.WB_GDP_USD_CURRENT, "POL", 2023)).hasValue(8.1e11);
    assertThat(panel.observation(Indicator.WB_GDP_USD_CURRENT, "POL", 2023).orElseThrow()
        .edition()).isEqualTo(BANK);
    assertThat(panel.size()).isEqualTo(2);
    assertThat(loads).hasValue(1);
  }

  @Test
  void aLoaderMayAddOnlyItsOwnSourcesValuesAndALoadedSourceTakesNoOthers() {
    Panel panel = Panel.builder().edition(BANK, values -> values.edition(NATO)
        .add(Indicator.NATO_DEFEXP_SHARE_GDP, "POL", 2024, 4.12, Flag.ESTIMATE)).build();

    assertThatThrownBy(() -> panel.years(Indicator.WB_GDP_USD_CURRENT))
        .isInstanceOf(BadInputException.class).hasMessageContaining("its source only");
    assertThatThrownBy(() -> Panel.builder().edition(BANK, values -> { })
        .add(Indicator.WB_GDP_USD_CURRENT, "POL", 2023, 1, Flag.REPORTED))
        .isInstanceOf(BadInputException.class).hasMessageContaining("from its loader");
  }
}
