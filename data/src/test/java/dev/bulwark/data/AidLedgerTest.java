package dev.bulwark.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.core.aid.AidMonth;
import dev.bulwark.core.aid.AidRelease;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Source;
import dev.bulwark.data.format.AidFormat;
import dev.bulwark.data.revision.AidRevision;
import dev.bulwark.data.revision.AidRevisions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AidLedgerTest {

  private static final AidRelease BUNDLED = Ledger.embedded().aid();
  private static final YearMonth REVISED = YearMonth.of(2025, 1);

  @TempDir Path tmp;

  private EditionStore store() {
    return EditionStore.at(tmp.resolve("store"));
  }

  private static double allocated(AidRelease release, String iso3) {
    return release.months().stream().filter(m -> m.iso3().equals(iso3))
        .mapToDouble(AidMonth::total).sum();
  }

  @Test
  void theBundledReleaseIsParsedWhenItsFiguresAreFirstWantedAndOnlyOnce() {
    AtomicInteger parsed = new AtomicInteger();
    BundledEdition<AidRelease> bundled = BundledEdition.of("ledger/kiel-29", (dir, where) -> {
      parsed.incrementAndGet();
      return AidFormat.read(dir, where);
    });
    AidChoice choice = new AidChoice(List.of(bundled), store());
    assertThat(choice.available()).extracting(Edition::id).containsExactly("29");
    var newest = choice.newest().orElseThrow();
    assertThat(parsed).hasValue(0);
    assertThat(newest.get().edition().citation()).isEqualTo("Kiel 29");
    assertThat(newest.get()).isSameAs(newest.get());
    assertThat(parsed).hasValue(1);
  }

  /*
   * Expected values: Kiel's allocations January 2022 – April 2026 as the sum of Release 29's own
   * monthly figures, computed independently with python3 over the release's data_explorer.csv:
   *   import csv, collections; t = collections.defaultdict(float)
   *   for r in csv.DictReader(open('data_explorer.csv')): t[r['iso']] += float(r['total'])
   * giving USA 115.381, DEU 29.928, GBR 21.298, DNK 11.025 (EUR bn); and Denmark's share of its
   * 2021 GDP 100 × 11.025 / 336.763 = 3.2739%, which is also eu_aid_shares.csv's
   * bilateral_pct_gdp for Denmark (3.273931).
   */
  @Test
  void theBundledReleaseGivesKielsTotalsFromItsOwnMonthlyFigures() {
    assertThat(BUNDLED.edition().citation()).isEqualTo("Kiel 29");
    assertThat(BUNDLED.firstMonth()).isEqualTo(YearMonth.of(2022, 1));
    assertThat(BUNDLED.lastMonth()).isEqualTo(YearMonth.of(2026, 4));
    assertThat(allocated(BUNDLED, "USA")).isCloseTo(115.4, within(0.05));
    assertThat(allocated(BUNDLED, "DEU")).isCloseTo(29.9, within(0.05));
    assertThat(allocated(BUNDLED, "GBR")).isCloseTo(21.3, within(0.05));
    assertThat(allocated(BUNDLED, "DNK")).isCloseTo(11.0, within(0.05));
    double denmarkPct = 100 * allocated(BUNDLED, "DNK") / BUNDLED.donor("DNK").orElseThrow()
        .gdpEurBn();
    assertThat(denmarkPct).isCloseTo(3.2739, within(0.0001));
    assertThat(BUNDLED.donors()).hasSize(42);
    assertThat(BUNDLED.donors().stream().filter(d -> d.euMember())).hasSize(27);
  }

  @Test
  void importingANewReleaseStoresItAndTheLedgerUsesItAndComparesItWithTheBundledOne()
      throws IOException {
    Path dir = new KielFixture(BUNDLED).number(30).revise(m -> m.iso3().equals("USA")
        && m.month().equals(REVISED) ? new AidMonth("USA", REVISED, m.military() + 1,
            m.financial(), m.humanitarian(), m.committed(), m.toBeAllocated()) : m)
        .write(tmp.resolve("release-30"));

    Edition imported = store().importAid(dir);

    assertThat(imported.citation()).isEqualTo("Kiel 30");
    Ledger ledger = Ledger.open(store(), Map.of());
    assertThat(ledger.aid().edition().id()).isEqualTo("30");
    assertThat(Ledger.open(store(), Map.of(Source.KIEL, "29")).aid()).isEqualTo(BUNDLED);
    assertThat(ledger.aidReleases()).extracting(Edition::citation)
        .containsExactly("Kiel 29", "Kiel 30");
    List<AidRevision> revisions = AidRevisions.between(ledger.aidRelease("29"), ledger.aid());
    assertThat(revisions).singleElement().satisfies(r -> {
      assertThat(r.iso3()).isEqualTo("USA");
      assertThat(r.month()).isEqualTo(REVISED);
      assertThat(r.measure()).isEqualTo("military");
      assertThat(r.difference()).isCloseTo(1.0, within(1e-9));
    });
    assertThat(ledger.verify()).isEmpty();
  }

  @Test
  void columnsAreFoundByTheirHeaderInAnyOrder() throws IOException {
    Path dir = new KielFixture(BUNDLED).reversedColumns().write(tmp.resolve("reversed"));

    store().importAid(dir);

    AidRelease read = Ledger.open(store(), Map.of()).aidRelease("29");
    assertThat(read.months()).isEqualTo(BUNDLED.months());
    assertThat(read.donors()).isEqualTo(BUNDLED.donors());
    assertThat(read.channels()).isEqualTo(BUNDLED.channels());
    assertThat(read.weapons()).isEqualTo(BUNDLED.weapons());
  }

  @Test
  void aDamagedCellIsRefusedNamingFileLineAndColumnAndTheStoreIsUnchanged() throws IOException {
    store().importAid(new KielFixture(BUNDLED).number(30).write(tmp.resolve("30")));
    Path damaged = new KielFixture(BUNDLED).number(31).write(tmp.resolve("31"));
    Path explorer = damaged.resolve("data_explorer.csv");
    List<String> lines = Files.readAllLines(explorer, StandardCharsets.UTF_8);
    String[] fields = lines.get(4).split(",", -1);
    fields[7] = "\"n/a\"";
    lines.set(4, String.join(",", fields));
    Files.write(explorer, lines, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> store().importAid(damaged)).isInstanceOf(ImportException.class)
        .hasMessageContaining("data_explorer.csv line 5, column 'military': 'n/a' is not a"
            + " number");

    assertThat(Ledger.open(store(), Map.of()).aid().edition().id()).isEqualTo("30");
    try (Stream<Path> left = Files.list(tmp.resolve("store/aid"))) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("kiel-30@1");
    }
  }

  @Test
  void aMissingColumnIsNamedWithTheColumnsFound() throws IOException {
    Path dir = new KielFixture(BUNDLED).write(tmp.resolve("no-gdp"));
    Path explorer = dir.resolve("data_explorer.csv");
    List<String> lines = Files.readAllLines(explorer, StandardCharsets.UTF_8);
    lines.set(0, lines.get(0).replace("\"gdp\"", "\"gdp_2021\""));
    Files.write(explorer, lines, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> store().importAid(dir)).isInstanceOf(ImportException.class)
        .hasMessageContaining("data_explorer.csv line 1: no column [gdp]");
    assertThat(Files.exists(tmp.resolve("store/aid"))).isFalse();
  }

  @Test
  void monthlyTotalsThatDisagreeWithTheDonorsAreRefused() throws IOException {
    Path dir = new KielFixture(BUNDLED).write(tmp.resolve("totals"));
    Path totals = dir.resolve("total_allocations.csv");
    List<String> lines = Files.readAllLines(totals, StandardCharsets.UTF_8);
    String[] fields = lines.get(3).split(",", -1);
    fields[3] = "\"99.0\"";
    lines.set(3, String.join(",", fields));
    Files.write(totals, lines, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> store().importAid(dir)).isInstanceOf(ImportException.class)
        .hasMessageContaining("total_allocations.csv line 4, column 'military': 99.0 is not the"
            + " donors' sum for 2022-03");
  }

  @Test
  void aDirectoryThatIsNotThereIsRefusedSayingWhatIsExpected() {
    assertThatThrownBy(() -> store().importAid(tmp.resolve("nowhere")))
        .isInstanceOf(ImportException.class).hasMessageContaining("no directory")
        .hasMessageContaining("data_explorer.csv");
  }
}
