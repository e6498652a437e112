package dev.bulwark.guarantees.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.core.panel.Panel;
import dev.bulwark.data.Ledger;
import dev.bulwark.guarantees.engine.Attack;
import dev.bulwark.guarantees.engine.ObligationEngine;
import dev.bulwark.guarantees.geo.Gazetteer;
import dev.bulwark.guarantees.treaty.Strength;
import dev.bulwark.guarantees.treaty.TargetKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guarantee weight and the umbrella on the bundled ledger. Expected sums from the reference copy of
 * NATO's 2024 tables in Python:
 *
 * <pre>
 * python3 -c 'import csv; R={r["country"]:r for r in csv.DictReader(open("../shared/data/nato/nato_defexp_2014_2024e_panel.csv")) if r["year"]=="2024"}; p=float(R["Poland"]["defexp_usd_current_m"]); u=float(R["United States"]["defexp_usd_current_m"]); print(p, u, p+u, 100*u/(p+u))'
 * 34974.52795052203 967707.0 1002681.527950522 96.51190064087349
 * </pre>
 */
final class WeightTest {

  private static final Panel PANEL = Ledger.embedded().panel();
  private static final LocalDate UDCG = LocalDate.parse("2025-02-12");

  @Test
  void aTallySumsNatoFiguresAndSeparatesTheUnitedStates() {
    Tally tally = Tally.of(PANEL, List.of("POL", "USA"), 2025, iso3 -> true, CapacitySource.NATO);

    assertThat(tally.milexUsdMillion()).isCloseTo(1002681.527950522, within(1e-6));
    assertThat(tally.milexNonUsUsdMillion()).isCloseTo(34974.52795052203, within(1e-6));
    assertThat(tally.usSharePct()).isCloseTo(96.51190064087349, within(1e-9));
    assertThat(tally.capacities()).allMatch(c -> c.year() == 2024
        && c.provenance().startsWith("NATO 2024"));
  }

  @Test
  void aStateOutsideNatoIsWeighedWithSipriAndHasNoPersonnelFigure() {
    Capacity taiwan = Capacity.of(PANEL, "TWN", 2025, false, CapacitySource.NATO).orElseThrow();

    assertThat(taiwan.provenance()).startsWith("SIPRI");
    assertThat(taiwan.year()).isEqualTo(2024);
    assertThat(taiwan.personnelThousand()).isEmpty();
  }

  @Test
  void theWeightOfAnAttackOnJapanIsTheUnitedStatesAlone() {
    var assessment = ObligationEngine.withDefaults().assess(Attack.of("CHN", "JPN",
        TargetKind.TERRITORY, Gazetteer.bundled().byId("senkaku-islands"), UDCG));

    GuaranteeWeight.Weight weight = GuaranteeWeight.withDefaults()
        .withMinimumStrength(Strength.CONSTITUTIONAL_PROCESSES).weigh(assessment, PANEL);

    assertThat(weight.tally().states()).containsExactly("USA");
    assertThat(weight.tally().milexUsdMillion()).isCloseTo(967707.0, within(1e-6));
    assertThat(weight.tally().milexNonUsUsdMillion()).isZero();
  }

  @Test
  void theUmbrellaOfEstoniaCountsEachGuarantorOnceAtItsStrongestObligation() {
    List<Umbrella.Cover> covers = Umbrella.withDefaults().withCountries(List.of("EST"))
        .cover(UDCG, PANEL);

    Umbrella.Cover all = covers.get(covers.size() - 1);
    assertThat(all.instrument()).isEqualTo(Umbrella.ALL);
    assertThat(all.strength()).isEqualTo(Strength.ALL_MEANS);
    assertThat(all.weakest()).isEqualTo(Strength.AS_EACH_DEEMS_NECESSARY);
    assertThat(all.strengthRange()).isEqualTo("4a-4b");
    assertThat(all.tally().states()).hasSize(35).doesNotHaveDuplicates();
    assertThat(covers).extracting(Umbrella.Cover::instrument).contains("nato", "eu-42-7");
    Umbrella.Cover nato = covers.stream().filter(c -> c.instrument().equals("nato")).findFirst()
        .orElseThrow();
    assertThat(nato.tally().usSharePct()).isBetween(60.0, 70.0);
  }

  @Test
  void anAttackerIsNeverCountedAmongTheGuarantorsOfItsVictim() {
    // Russia signed the Budapest Memorandum's assurances to Ukraine; attacking Ukraine, it adds
    // nothing to Ukraine's umbrella. Without a named attacker it would be counted.
    Umbrella ukraine = Umbrella.withDefaults().withCountries(List.of("UKR"));
    List<String> anyAttacker = last(ukraine.cover(UDCG, PANEL)).tally().states();
    List<String> russianAttack = last(ukraine.withAttacker("RUS").cover(UDCG, PANEL)).tally()
        .states();

    assertThat(anyAttacker).contains("RUS", "USA", "GBR");
    assertThat(russianAttack).doesNotContain("RUS").contains("USA", "GBR")
        .hasSize(anyAttacker.size() - 1);
  }

  @Test
  void theUmbrellaOfEveryStateAgainstAnAttackerLeavesTheAttackerItselfOut() {
    // Russia is itself protected (CSTO, the 2024 treaty with the DPRK); it cannot attack itself.
    List<String> covered = Umbrella.withDefaults().withAttacker("RUS").cover(UDCG, PANEL)
        .stream().map(Umbrella.Cover::iso3).distinct().toList();

    assertThat(covered).doesNotContain("RUS").contains("UKR", "EST", "JPN");
  }

  /**
   * Sweden acceded to the North Atlantic Treaty on 2024-03-07 (treaties.md). NATO's June 2024
   * tables list it for every year (Table 2, 2023e: 9,847.895 million US$), but on 2023-06-01 it
   * was not an ally: SIPRI's figure counts (SIPRI Military Expenditure Database, April 2025,
   * Sweden 2023, current US$: 8,754.873 million).
   *
   * <pre>
   * python3 -c 'import csv; print([r["value"] for r in csv.DictReader(open("../shared/data/sipri/sipri_milex_1949_2024_long.csv")) if r["indicator"]=="milex_current_usd" and r["country"]=="Sweden" and r["year"]=="2023"])'
   * ['8754.872951012165']
   * </pre>
   */
  @Test
  void aStateIsWeighedWithNatosTablesOnlyFromItsAccession() {
    LocalDate beforeAccession = LocalDate.parse("2023-06-01");
    var allies = Capacity.natoAlliesOn(ObligationEngine.withDefaults().treaties(), beforeAccession);

    Capacity sweden = Capacity.of(PANEL, "SWE", 2023, allies.test("SWE"), CapacitySource.NATO)
        .orElseThrow();
    Capacity asAlly = Capacity.of(PANEL, "SWE", 2023, true, CapacitySource.NATO).orElseThrow();

    assertThat(allies.test("SWE")).isFalse();
    assertThat(allies.test("FIN")).isTrue();
    assertThat(sweden.definition()).isEqualTo(CapacitySource.SIPRI);
    assertThat(sweden.milexUsdMillion()).isCloseTo(8754.872951012165, within(1e-6));
    assertThat(sweden.personnelThousand()).isEmpty();
    assertThat(asAlly.milexUsdMillion()).isCloseTo(9847.895204820239, within(1e-6));
    assertThat(asAlly.estimate()).isTrue();
  }

  @Test
  void aTotalOfAlliesAndPartnersIsLabelledMixedAndSipriGivesOneDefinition() {
    Umbrella estonia = Umbrella.withDefaults().withCountries(List.of("EST"));

    Tally mixed = last(estonia.cover(UDCG, PANEL)).tally();
    Tally sipri = last(estonia.withSource(CapacitySource.SIPRI).cover(UDCG, PANEL)).tally();

    assertThat(mixed.definitionLabel()).isEqualTo("nato+sipri");
    assertThat(sipri.definitionLabel()).isEqualTo("sipri");
    assertThat(sipri.states()).isEqualTo(mixed.states());
    // NATO's 2024 figures are estimates (2024e): the United States' among them.
    assertThat(mixed.estimated()).contains("USA", "DEU");
  }

  private static Umbrella.Cover last(List<Umbrella.Cover> covers) {
    return covers.get(covers.size() - 1);
  }
}
