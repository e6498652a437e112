package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark scenario run} with the shipped examples and with broken files. */
final class ScenarioCommandTest {

  @Test
  void theEuropeToIndoPacificScenarioReportsEveryChangedFigure() throws Exception {
    Run run = Run.of("scenario", "run", "docs/scenarios/europe-to-indo-pacific.yaml",
        "--format", "csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .get().parse(new StringReader(run.out())).getRecords();
    CSVRecord europe = rows.stream().filter(r -> r.get("subject").equals("EUCOM")
        && r.get("measure").equals("abroad_active_duty")).findFirst().orElseThrow();
    // Two brigades of 4,500 and 5,000 personnel from Germany: 66,121 - 14,000 = 52,121.
    assertThat(Double.parseDouble(europe.get("scenario"))).isEqualTo(52_121);
    assertThat(Double.parseDouble(europe.get("change"))).isEqualTo(-14_000);
    CSVRecord share = rows.stream().filter(r -> r.get("question").equals("spending")
        && r.get("measure").equals("share_gdp_pct_2030")).findFirst().orElseThrow();
    assertThat(share.get("subject")).isEqualTo("DEU");
    assertThat(Double.parseDouble(share.get("scenario"))).isEqualTo(3.5);
    // Withdrawing the US armoured brigade on rotation from the 2025 posture: Riga falls in more
    // runs (same 20,000 runs, same seed, before and after).
    CSVRecord riga = rows.stream().filter(r -> r.get("question").equals("campaign")
        && r.get("measure").equals("riga_reached_pct")).findFirst().orElseThrow();
    assertThat(riga.get("subject")).isEqualTo("baltic-2025");
    assertThat(riga.get("status")).isEqualTo("applied");
    assertThat(Double.parseDouble(riga.get("scenario")))
        .isGreaterThan(Double.parseDouble(riga.get("baseline")));
  }

  @Test
  void theTaiwanExampleRaisesTheChanceTheInvasionIsDefeated() throws Exception {
    // docs/scenarios/taiwan-long-range-strike.yaml: LRASM, the Rota destroyers and the European
    // bombers' JASSM-ER given to the posture without long-range anti-ship missiles.
    Run run = Run.of("scenario", "run", "docs/scenarios/taiwan-long-range-strike.yaml",
        "--format", "csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    CSVRecord defeated = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(run.out())).getRecords().stream()
        .filter(r -> r.get("measure").equals("invasion_defeated_pct")).findFirst().orElseThrow();
    assertThat(defeated.get("question")).isEqualTo("campaign");
    assertThat(defeated.get("subject")).isEqualTo("taiwan-2026-no-long-range-antiship");
    assertThat(defeated.get("basis")).startsWith("strait model").contains("20000 runs, seed 1253");
    assertThat(Double.parseDouble(defeated.get("change"))).isPositive();
  }

  @Test
  void aWithdrawalFromNatoTakesTheStateOutOfItsAlliesUmbrellasAndItsOwn() throws Exception {
    // docs/scenarios/baltic-reinforced.yaml: Hungary leaves NATO on 2027-01-01.
    Run run = Run.of("scenario", "run", "docs/scenarios/baltic-reinforced.yaml", "--format", "csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CSVRecord> guarantees = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .get().parse(new StringReader(run.out())).getRecords().stream()
        .filter(r -> r.get("question").equals("guarantees")).toList();
    // Hungary loses NATO's nine allies outside the EU (USA, CAN, GBR, NOR, TUR, ALB, MKD, MNE,
    // ISL) and keeps the EU's 42(7); those nine lose Hungary; EU members such as Estonia keep
    // Hungary through 42(7), so their guarantors do not change.
    assertThat(change(guarantees, "HUN", "guarantors_n_2027-01-01")).isEqualTo(-9.0);
    assertThat(guarantees).filteredOn(r -> r.get("measure").equals("guarantors_n_2027-01-01")
        && !r.get("subject").equals("HUN")).extracting(r -> r.get("subject"))
        .containsExactlyInAnyOrder("USA", "CAN", "GBR", "NOR", "TUR", "ALB", "MKD", "MNE", "ISL");
    // Canada loses Hungary's defence expenditure, NATO 2024 Table 2: 4,888.79 US$ m (2024e).
    assertThat(change(guarantees, "CAN", "guarantor_milex_usd_current_m_2027-01-01"))
        .isCloseTo(-4888.79, org.assertj.core.data.Offset.offset(0.01));
    // Out of NATO, Hungary is weighed as the non-member it is, with SIPRI's figure (SIPRI April
    // 2025, Hungary 2024, current US$: 4,734.70 m) instead of NATO's 4,888.79: Estonia's
    // umbrella keeps Hungary and changes by that difference only.
    assertThat(guarantees).noneMatch(r -> r.get("subject").equals("EST")
        && r.get("measure").equals("guarantors_n_2027-01-01"));
    assertThat(change(guarantees, "EST", "guarantor_milex_usd_current_m_2027-01-01"))
        .isCloseTo(4734.698455688237 - 4888.789011306372, org.assertj.core.data.Offset.offset(0.01));
  }

  private static double change(List<CSVRecord> rows, String subject, String measure) {
    return rows.stream().filter(r -> r.get("subject").equals(subject)
        && r.get("measure").equals(measure)).mapToDouble(r -> Double.parseDouble(r.get("change")))
        .findFirst().orElseThrow();
  }

  @Test
  void aMisspeltFieldFailsWithTheLineAndFieldAndExitCodeTwo(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("typo.yaml");
    Files.writeString(file, "name: Typo\nforces:\n  - from: DEU\n    to: JPN\n    personel: 9\n");

    Run run = Run.of("scenario", "run", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("typo.yaml line 5, column 5, at forces[0].personel",
        "unknown field 'personel'");
  }

  @Test
  void aMissingFileIsBadInput() {
    Run run = Run.of("scenario", "run", "no-such-scenario.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no-such-scenario.yaml does not exist");
  }
}
