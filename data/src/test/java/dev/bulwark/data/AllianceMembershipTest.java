package dev.bulwark.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.alliance.Alliance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** NATO's roster against the accession dates (deposit of the instrument in Washington). */
final class AllianceMembershipTest {

  private final Alliance nato = Ledger.embedded().alliance("NATO");

  @Test
  void thirtyTwoAlliesIn2024() {
    assertThat(nato.membersIn(2024)).hasSize(32).contains("FIN", "SWE", "ISL");
  }

  @Test
  void finlandJoinedOnTheFourthOfApril2023() {
    assertThat(nato.membersOn(LocalDate.of(2023, 4, 3))).doesNotContain("FIN");
    assertThat(nato.membersOn(LocalDate.of(2023, 4, 5))).contains("FIN");
  }

  @Test
  void swedenJoinedOnTheSeventhOfMarch2024() {
    assertThat(nato.isMember("SWE", LocalDate.of(2024, 3, 6))).isFalse();
    assertThat(nato.isMember("SWE", LocalDate.of(2024, 3, 7))).isTrue();
  }

  @Test
  void montenegroFrom2017AndNorthMacedoniaFrom2020() {
    assertThat(nato.membersIn(2016)).doesNotContain("MNE");
    assertThat(nato.membersIn(2017)).contains("MNE");
    assertThat(nato.membersIn(2019)).doesNotContain("MKD");
    assertThat(nato.membersIn(2020)).contains("MKD");
  }

  @Test
  void sixteenAlliesIn1994() {
    // 12 founders, Greece and Turkey (1952), Germany (1955), Spain (1982).
    assertThat(nato.membersIn(1994)).hasSize(16).contains("DEU", "ESP", "GRC", "TUR")
        .doesNotContain("POL");
  }
}
