package dev.bulwark.burden.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.burden.SmallAlliance;
import dev.bulwark.core.BulwarkException.Kind;
import dev.bulwark.core.panel.Flag;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Panel;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class FiguresTest {

  private final Panel panel = SmallAlliance.panel();

  @Test
  void natoTablesAnswerForTheYearsTheyCover() {
    assertThat(Figures.of(panel, Optional.empty(), 2024).source()).isEqualTo(SpendingSource.NATO);
  }

  @Test
  void sipriAnswersForYearsBeforeTheNatoTables() {
    assertThat(Figures.of(panel, Optional.empty(), 1995).source()).isEqualTo(SpendingSource.SIPRI);
  }

  @Test
  void theCallerCanForceSipriInANatoYearOnlyIfSipriHasIt() {
    assertThatThrownBy(() -> Figures.of(panel, Optional.of(SpendingSource.SIPRI), 2024))
        .isInstanceOf(BurdenException.class)
        .hasMessageContaining("year 2024").hasMessageContaining("SIPRI (1995–1995)")
        .extracting(e -> ((BurdenException) e).kind()).isEqualTo(Kind.BAD_INPUT);
  }

  @Test
  void aYearWithoutFiguresIsBadInputNamingWhatIsCovered() {
    assertThatThrownBy(() -> Figures.of(panel, Optional.empty(), 2030))
        .isInstanceOf(BurdenException.class)
        .hasMessage("year 2030 has no defence spending figures in [NATO (2023–2024), SIPRI (1995–1995)]");
  }

  @Test
  void worldBankGdpIsReadInMillionUsDollars() {
    Figure gdp = Figures.of(panel, Optional.empty(), 1995).require(Quantity.GDP_USD_CURRENT, "DEU");
    // hand: 2.6e12 US$ = 2.6e6 US$ million
    assertThat(gdp.value()).isCloseTo(2.6e6, within(1e-6));
    assertThat(gdp.provenance()).isEqualTo("World Bank 2025-01");
  }

  @Test
  void aFigureCarriesItsEditionAndEstimateFlag() {
    Figure share = Figures.of(panel, Optional.empty(), 2024).require(Quantity.SHARE_OF_GDP, "POL");
    assertThat(share).isEqualTo(new Figure(4.0, "NATO 2024, estimate", true));
  }

  @Test
  void icelandIsLeftOutOfTheRosterForWantOfArmedForces() {
    Roster roster = Figures.of(panel, Optional.empty(), 2024)
        .roster(SmallAlliance.alliance(), EnumSet.of(Quantity.SHARE_OF_GDP));
    assertThat(roster.counted()).containsExactly("DEU", "ESP", "POL", "SWE", "USA");
    assertThat(roster.leftOut()).containsExactly("ISL");
    assertThat(roster.summary()).isEqualTo("5 allies with armed forces and NATO figures for 2024;"
        + " left out: ISL (no armed forces, no defence expenditure)");
  }

  @Test
  void membersAreThoseOfTheYearSoA2024EntrantIsNotCountedIn2023() {
    Roster roster = Figures.of(panel, Optional.empty(), 2023)
        .roster(SmallAlliance.alliance(), EnumSet.of(Quantity.SHARE_OF_GDP));
    assertThat(roster.counted()).containsExactly("DEU", "ESP", "POL", "USA");
  }

  @Test
  void theLatestYearAndTheCoverageComeFromTheSharesOfGdp() {
    Set<Quantity> shares = EnumSet.of(Quantity.SHARE_OF_GDP);
    assertThat(Figures.latestYear(panel, Optional.empty(), SmallAlliance.alliance(), shares))
        .isEqualTo(2024);
    assertThat(Figures.latestYear(panel, Optional.of(SpendingSource.SIPRI),
        SmallAlliance.alliance(), shares)).isEqualTo(1995);
    assertThat(Figures.coverage(panel, SpendingSource.NATO)).isEqualTo(new YearRange(2023, 2024));
  }

  @Test
  void theLatestYearPassesOverAYearWhoseSharesComeWithoutGdp() {
    // SIPRI has a 1996 share for Germany, but the World Bank has no 1996 GDP: an analysis that
    // needs GDP answers for 1995, one that needs shares alone for 1996.
    Panel.Builder b = Panel.builder().edition(SmallAlliance.SIPRI).edition(SmallAlliance.WORLD_BANK);
    b.add(Indicator.SIPRI_MILEX_SHARE_GDP, "DEU", 1995, 1.6, Flag.REPORTED);
    b.add(Indicator.WB_GDP_USD_CURRENT, "DEU", 1995, 2.6e12, Flag.REPORTED);
    b.add(Indicator.SIPRI_MILEX_SHARE_GDP, "DEU", 1996, 1.5, Flag.REPORTED);
    Panel sipriOnly = b.build();
    Optional<SpendingSource> sipri = Optional.of(SpendingSource.SIPRI);

    assertThat(Figures.latestYear(sipriOnly, sipri, SmallAlliance.alliance(),
        EnumSet.of(Quantity.SHARE_OF_GDP, Quantity.GDP_USD_CURRENT))).isEqualTo(1995);
    assertThat(Figures.latestYear(sipriOnly, sipri, SmallAlliance.alliance(),
        EnumSet.of(Quantity.SHARE_OF_GDP))).isEqualTo(1996);
    // the roster names the figure missing and where it would come from, not "from SIPRI" alone
    assertThatThrownBy(() -> Figures.of(sipriOnly, sipri, 1996).roster(SmallAlliance.alliance(),
        EnumSet.of(Quantity.GDP_USD_CURRENT)))
        .hasMessageContaining("no member has gdp_usd_current (implied by SIPRI's military"
            + " expenditure in current US$ ÷ its share of GDP, as the World Bank's GDP covers only"
            + " 1995–1995)");
  }

  @Test
  void sipriPublishesNoEquipmentShare() {
    assertThat(SpendingSource.SIPRI.indicator(Quantity.EQUIPMENT_SHARE)).isEmpty();
    assertThat(SpendingSource.SIPRI.unit(Quantity.EQUIPMENT_SHARE)).isEqualTo("not published by SIPRI");
    assertThat(SpendingSource.SIPRI.unit(Quantity.GDP_USD_CURRENT)).isEqualTo("million US$, current prices");
  }

  @Test
  void aBackwardYearRangeIsRefused() {
    assertThatThrownBy(() -> new YearRange(1997, 1994))
        .hasMessage("year range must not run backwards, was 1997 to 1994");
  }
}
