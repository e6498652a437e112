package dev.bulwark.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.core.BadInputException;
import dev.bulwark.core.panel.Flag;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Source;
import dev.bulwark.data.format.LedgerValue;
import dev.bulwark.data.revision.Revision;
import dev.bulwark.data.revision.Revisions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two editions of a source imported into a store compare figure by figure: a revised figure shows
 * its old and new value and whether an estimate became a reported figure; unchanged figures are
 * left out. Figures follow the fixtures' rules ({@link NatoFixture}, {@link SipriFixture}).
 */
final class RevisionsTest {

  @TempDir Path tmp;

  /** NATO tables ending in {@code lastYear}e, with Poland's figures all at {@code poland}. */
  private static NatoFixture nato(int lastYear, double poland) {
    NatoFixture tables = new NatoFixture();
    tables.years = List.of(String.valueOf(lastYear - 2), String.valueOf(lastYear - 1),
        lastYear + "e");
    tables.priceBase = 2021;
    tables.allies.put("Poland*", poland);
    return tables;
  }

  private Ledger importNato() throws IOException {
    EditionStore store = EditionStore.at(tmp.resolve("store"));
    store.importWorkbook(Source.NATO, nato(2025, 4.48).write(tmp.resolve("2025.xlsx")));
    store.importWorkbook(Source.NATO, nato(2026, 4.25).write(tmp.resolve("2026.xlsx")));
    return Ledger.open(store, Map.of());
  }

  private static Revision find(List<Revision> revisions, String iso3, Indicator indicator,
      int year) {
    return revisions.stream().filter(r -> r.iso3().equals(iso3) && r.indicator() == indicator
        && r.year() == year).findFirst().orElseThrow(() -> new AssertionError("no revision of "
            + iso3 + " " + indicator + " " + year + " in " + revisions));
  }

  @Test
  void polandsRevised2025ShareShowsOldNewDifferenceAndTheEstimateReplaced() throws IOException {
    Ledger ledger = importNato();

    List<Revision> revisions = Revisions.between(ledger.edition(Source.NATO, "2025"),
        ledger.edition(Source.NATO, "2026"));

    Revision share = find(revisions, "POL", Indicator.NATO_DEFEXP_SHARE_GDP, 2025);
    assertThat(share.kind()).isEqualTo(Revision.Kind.REVISED);
    assertThat(share.before()).map(LedgerValue::value).contains(4.48);
    assertThat(share.after()).map(LedgerValue::value).contains(4.25);
    assertThat(share.difference().orElseThrow()).isCloseTo(-0.23, within(1e-12));
    assertThat(share.before()).map(LedgerValue::flag).contains(Flag.ESTIMATE);
    assertThat(share.estimateReplaced()).isTrue();
  }

  @Test
  void unchangedFiguresAreLeftOutAndConfirmedEstimatesAreReflagged() throws IOException {
    Ledger ledger = importNato();

    List<Revision> revisions = Revisions.between(ledger.edition(Source.NATO, "2025"),
        ledger.edition(Source.NATO, "2026"));

    // Germany's 2024 share is 1.5 and reported in both editions.
    assertThat(revisions).noneMatch(r -> r.iso3().equals("DEU") && r.year() == 2024);
    Revision confirmed = find(revisions, "DEU", Indicator.NATO_DEFEXP_SHARE_GDP, 2025);
    assertThat(confirmed.kind()).isEqualTo(Revision.Kind.REFLAGGED);
    assertThat(confirmed.difference()).hasValue(0.0);
    assertThat(confirmed.estimateReplaced()).isTrue();
    assertThat(find(revisions, "DEU", Indicator.NATO_DEFEXP_SHARE_GDP, 2023).kind())
        .isEqualTo(Revision.Kind.REMOVED);
    assertThat(find(revisions, "DEU", Indicator.NATO_DEFEXP_SHARE_GDP, 2026).kind())
        .isEqualTo(Revision.Kind.ADDED);
  }

  @Test
  void sipriReleasesCompareAsNatoEditionsDo() throws IOException {
    EditionStore store = EditionStore.at(tmp.resolve("store"));
    SipriFixture next = new SipriFixture();
    next.years = List.of(2023, 2024, 2025);
    store.importWorkbook(Source.SIPRI, new SipriFixture().write(tmp.resolve("2025.xlsx")));
    store.importWorkbook(Source.SIPRI, next.write(tmp.resolve("2026.xlsx")));
    Ledger ledger = Ledger.open(store, Map.of());

    List<Revision> revisions = Revisions.between(ledger.edition(Source.SIPRI, "2025-04"),
        ledger.edition(Source.SIPRI, "2026-04"));

    // Russia's newest figure is its base, one less a year earlier: 7.1 for 2024, then 6.1.
    Revision russia = find(revisions, "RUS", Indicator.SIPRI_MILEX_CONSTANT, 2024);
    assertThat(russia.before()).map(LedgerValue::value).contains(7.1);
    assertThat(russia.after()).map(LedgerValue::value).contains(6.1);
    assertThat(russia.estimateReplaced()).isTrue();
  }

  @Test
  void anEditionComparedWithItselfOrAnotherSourceIsRefused() {
    Ledger ledger = Ledger.embedded();

    assertThatThrownBy(() -> Revisions.between(ledger.edition(Source.NATO, "2024"),
        ledger.edition(Source.NATO, "2024")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("with itself");
    assertThatThrownBy(() -> Revisions.between(ledger.edition(Source.NATO, "2024"),
        ledger.edition(Source.SIPRI, "2025-04")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("same source");
  }

  @Test
  void anUnknownEditionIsRefusedNamingTheAvailableOnes() {
    assertThatThrownBy(() -> Ledger.embedded().edition(Source.NATO, "2031"))
        .isInstanceOf(LedgerException.class)
        .hasMessage("unknown NATO edition '2031': expected one of [2024]");
  }
}
