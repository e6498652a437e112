package dev.bulwark.core.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.BadInputException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

final class EditionTest {

  private static Edition edition(Source source, String id, LocalDate published) {
    return new Edition(source, id, "tables", published, "file.xlsx");
  }

  @Test
  void aNewerEditionSortsLastEvenWhenAnOlderWorkbookWasSavedLater() {
    Edition nato2025 = edition(Source.NATO, "2025", LocalDate.of(2025, 8, 28));
    Edition resaved2024 = edition(Source.NATO, "2024", LocalDate.of(2025, 11, 2));

    assertThat(List.of(nato2025, resaved2024).stream().sorted(Edition.releaseOrder()).toList())
        .containsExactly(resaved2024, nato2025);
  }

  @Test
  void idsCompareNaturallyWithDigitRunsAsNumbers() {
    Edition[] shuffled = {
        edition(Source.SIPRI, "2025-04", LocalDate.of(2025, 4, 28)),
        edition(Source.SIPRI, "10", LocalDate.of(2020, 1, 1)),
        edition(Source.SIPRI, "2024-10", LocalDate.of(2024, 10, 1)),
        edition(Source.SIPRI, "9", LocalDate.of(2021, 1, 1)),
        edition(Source.SIPRI, "2025-04a", LocalDate.of(2025, 4, 1))};

    assertThat(Arrays.stream(shuffled).sorted(Edition.releaseOrder()).map(Edition::id))
        .containsExactly("9", "10", "2024-10", "2025-04", "2025-04a");
  }

  @Test
  void thePublicationDateBreaksTiesAndSourcesComeInDeclarationOrder() {
    Edition later = edition(Source.NATO, "2024", LocalDate.of(2024, 6, 18));
    Edition earlier = edition(Source.NATO, "2024", LocalDate.of(2024, 6, 17));
    Edition sipri = edition(Source.SIPRI, "1999-04", LocalDate.of(1999, 4, 1));

    assertThat(List.of(sipri, later, earlier).stream().sorted(Edition.releaseOrder()).toList())
        .containsExactly(earlier, later, sipri);
  }

  @Test
  void anEditionWithoutConstantPricesHasNoPriceBase() {
    assertThat(edition(Source.WORLD_BANK, "2026-03", LocalDate.of(2026, 3, 20)).priceBase())
        .isEmpty();
  }

  @Test
  void aPriceBaseOutsideAPlausibleYearIsRejectedWithTheEdition() {
    assertThatThrownBy(() -> new Edition(Source.NATO, "2025", "tables", LocalDate.of(2025, 8, 28),
        "file.xlsx", OptionalInt.of(21)))
        .isInstanceOf(BadInputException.class)
        .hasMessage("edition price base of NATO 2025 must be a year 1900-2999, was 21");
  }

  @Test
  void anEditionFollowsItsSourcesUsualDefinitionUnlessItNamesAnother() {
    assertThat(edition(Source.NATO, "2025", LocalDate.of(2025, 8, 28)).definition())
        .contains(SpendingDefinition.NATO_TOTAL);
    assertThat(edition(Source.WORLD_BANK, "2026-03", LocalDate.of(2026, 3, 20)).definition())
        .isEmpty();
    assertThat(new Edition(Source.NATO, "2026", "tables", LocalDate.of(2026, 7, 1), "file.xlsx",
        OptionalInt.of(2021), Optional.of(SpendingDefinition.HAGUE_CORE)).definition())
        .contains(SpendingDefinition.HAGUE_CORE);
  }

  @Test
  void aDefinitionOfAnotherSourceIsRejectedWithTheEdition() {
    assertThatThrownBy(() -> new Edition(Source.SIPRI, "2026-04", "tables",
        LocalDate.of(2026, 4, 27), "file.xlsx", OptionalInt.of(2024),
        Optional.of(SpendingDefinition.HAGUE_CORE)))
        .isInstanceOf(BadInputException.class)
        .hasMessage("edition definition of SIPRI 2026-04 must be one of SIPRI's, was"
            + " Optional[HAGUE_CORE]");
  }

  @Test
  void constantPriceSeriesCarryNoBaseYearInTheirNames() {
    assertThat(Arrays.stream(Indicator.values()).filter(Indicator::atConstantPrices))
        .containsExactlyInAnyOrder(Indicator.NATO_DEFEXP_NCU_CONSTANT,
            Indicator.NATO_DEFEXP_USD_CONSTANT, Indicator.NATO_GDP_USD_CONSTANT,
            Indicator.NATO_GDP_PER_CAPITA_CONSTANT, Indicator.NATO_DEFEXP_PER_CAPITA_CONSTANT,
            Indicator.SIPRI_MILEX_CONSTANT)
        .allSatisfy(i -> {
          assertThat(i.column()).doesNotContainPattern("\\d{4}");
          assertThat(i.unit()).endsWith("of the edition's price base year");
        });
  }
}
