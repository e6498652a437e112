package dev.bulwark.guarantees.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.guarantees.GuaranteesException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The bundled treaty base: its instruments, and its NATO dates against the reference fact sheet. */
final class TreatiesTest {

  private static final Pattern NATO_ROW =
      Pattern.compile("^\\| \\d+ \\| [^|]+ \\| ([A-Z]{3}) \\| (\\d{4}-\\d{2}-\\d{2})");

  @Test
  void theBaseHoldsEveryInstrumentTheIssueNames() {
    assertThat(Treaties.bundled().all()).extracting(Instrument::id).contains("nato", "eu-42-7",
        "us-japan", "us-rok", "us-philippines", "anzus", "rio", "taiwan-relations-act",
        "budapest", "ukraine-2024", "csto", "russia-dprk-2024", "china-dprk-1961",
        "russia-belarus-2024", "france-germany-2019", "france-greece-2021", "france-poland-2025",
        "uk-germany-2025");
  }

  @Test
  void natoPartiesAndDatesMatchTheReferenceFactSheet() throws IOException {
    Path sheet = reference();
    Map<String, LocalDate> expected = new LinkedHashMap<>();
    for (String line : Files.readAllLines(sheet, StandardCharsets.UTF_8)) {
      Matcher row = NATO_ROW.matcher(line);
      if (row.find()) {
        expected.put(row.group(1), LocalDate.parse(row.group(2)));
      }
    }
    Instrument nato = Treaties.bundled().byId("nato");

    assertThat(expected).hasSize(32);
    expected.forEach((iso3, from) -> assertThat(nato.party(iso3, from)).as(iso3)
        .hasValueSatisfying(p -> assertThat(p.period().from()).isEqualTo(from)));
    assertThat(nato.parties()).hasSize(32);
  }

  @Test
  void everyUkraineAgreementCountsFromItsSigningDayWithTheSourceThatConfirmsIt() {
    Instrument ukraine = Treaties.bundled().byId("ukraine-2024");

    assertThat(ukraine.parties()).hasSize(27).allSatisfy(p -> {
      assertThat(p.confidence()).as(p.iso3()).isEqualTo(Confidence.VERIFIED);
      assertThat(p.source()).as(p.iso3()).contains("https://");
      assertThat(p.period().from()).as(p.iso3()).isBefore(LocalDate.parse("2024-12-31"));
    });
  }

  @Test
  void theLateSignatoriesAreCountedFromTheDaysTheSourcesGive() {
    // Luxembourg 2024-07-10 (president.gov.ua), Czechia and Slovenia 2024-07-18 (European
    // Political Community summit), Ireland 2024-09-04, Croatia 2024-10-09, Greece 2024-10-17.
    Map<String, String> signed = Map.of("LUX", "2024-07-10", "CZE", "2024-07-18",
        "SVN", "2024-07-18", "IRL", "2024-09-04", "HRV", "2024-10-09", "GRC", "2024-10-17");
    Instrument ukraine = Treaties.bundled().byId("ukraine-2024");

    signed.forEach((iso3, day) -> {
      LocalDate date = LocalDate.parse(day);
      assertThat(ukraine.party(iso3, date.minusDays(1))).as(iso3 + " the day before").isEmpty();
      assertThat(ukraine.party(iso3, date)).as(iso3 + " on " + day).isPresent();
    });
  }

  @Test
  void finlandIsAPartyFromItsDepositDay() {
    Instrument nato = Treaties.bundled().byId("nato");

    assertThat(nato.party("FIN", LocalDate.parse("2023-04-03"))).isEmpty();
    assertThat(nato.party("FIN", LocalDate.parse("2023-04-04"))).isPresent();
  }

  @Test
  void aMalformedDateIsNamedWithItsField() {
    String yaml = "- {id: x, name: X, signed: 1949-04-04, in_force: soon, confidence: V,"
        + " source: s, termination: t, parties: [{iso3: BEL, from: 1949-08-24, confidence: V}],"
        + " clauses: [{article: '1', kind: defence, strength: automatic, scope: anywhere,"
        + " targets: [territory], confidence: V, trigger: t}]}";

    assertThatThrownBy(() -> Treaties.read(new ByteArrayInputStream(
        yaml.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(GuaranteesException.class)
        .hasMessageContaining("in_force of x must be a date like 1949-08-24, was 'soon'");
  }

  private static Path reference() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("../shared/reference/treaties.md"))) {
      dir = dir.getParent();
    }
    Assumptions.assumeTrue(dir != null,
        "../shared/reference/treaties.md is not beside the checkout; the check is skipped");
    return dir.resolve("../shared/reference/treaties.md");
  }

  @Test
  void aWithdrawnStateIsAPartyUntilTheDayBeforeItTakesEffect() {
    LocalDate effective = LocalDate.parse("2027-01-01");
    Treaties after = Treaties.bundled().withWithdrawal("nato", "HUN", effective);

    Instrument nato = after.byId("nato");
    assertThat(nato.party("HUN", effective.minusDays(1))).isPresent();
    assertThat(nato.party("HUN", effective)).isEmpty();
    assertThat(nato.partiesOn(effective)).hasSize(31);
    assertThat(Treaties.bundled().byId("nato").partiesOn(effective)).hasSize(32);
    assertThat(after.byId("eu-42-7").party("HUN", effective)).isPresent();
  }

  @Test
  void onlyAPartyCanWithdraw() {
    assertThatThrownBy(() -> Treaties.bundled().withWithdrawal("nato", "UKR",
        LocalDate.parse("2027-01-01")))
        .isInstanceOf(GuaranteesException.class).hasMessageContaining("UKR is not a party to nato");
    assertThatThrownBy(() -> Treaties.bundled().withWithdrawal("seato", "USA",
        LocalDate.parse("2027-01-01")))
        .isInstanceOf(GuaranteesException.class).hasMessageContaining("nato");
  }
}
