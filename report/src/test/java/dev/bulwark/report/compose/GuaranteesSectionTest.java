package dev.bulwark.report.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.answers.table.Table;
import dev.bulwark.data.Ledger;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.TableBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guarantees section of the brief: the umbrella of 2025-02-12 and the peacekeepers' case. */
final class GuaranteesSectionTest {

  private static final Ledger LEDGER = Ledger.embedded();

  private static Section section() {
    return GuaranteesSection.of(GuaranteesSection.DATE, LEDGER.panel(),
        new Wording(LEDGER.countries()));
  }

  private static List<Object> row(Table table, String state) {
    return table.rows().stream().filter(r -> r.get(0).equals(state)).findFirst().orElseThrow();
  }

  @Test
  void theUmbrellaTableShowsUkraineTheBalticStatesPolandJapanAndTaiwan() {
    Table table = section().blocks().stream().filter(TableBlock.class::isInstance)
        .map(b -> ((TableBlock) b).table()).findFirst().orElseThrow();

    assertThat(table.rows()).extracting(r -> r.get(0)).containsExactly("Ukraine", "Estonia",
        "Latvia", "Lithuania", "Poland", "Japan", "Taiwan");
    // Ukraine: the 2024 agreements (level 2) and Budapest; nobody bound to defend.
    assertThat(row(table, "Ukraine").get(1)).isEqualTo("2");
    assertThat(row(table, "Ukraine").get(3)).isEqualTo(0L);
    // Estonia: 31 NATO allies plus Austria, Cyprus, Ireland and Malta under TEU 42(7).
    assertThat(row(table, "Estonia").get(3)).isEqualTo(35L);
    // Japan and Taiwan: the United States alone, so nothing without it and a 100% US share.
    // NATO 2024 Table 2, United States 2024e: 967,707 million US$.
    assertThat((Double) row(table, "Japan").get(4)).isCloseTo(967.707, within(1e-9));
    assertThat(row(table, "Japan").subList(5, 7)).containsExactly(0.0, 100.0);
    assertThat(row(table, "Taiwan").get(1)).isEqualTo("0");
  }

  @Test
  void thePeacekeepersCaseExplainsWhyNeitherArticle5NorTheEuClauseApplies() {
    String text = section().blocks().stream().filter(Paragraph.class::isInstance)
        .map(b -> ((Paragraph) b).text()).filter(t -> t.startsWith("European peacekeepers"))
        .findFirst().orElseThrow();

    assertThat(text).contains("Ukraine is outside the area of Article 5",
        "not an attack on forces", "protects Ukraine alone");
  }

  @Test
  void theBurdenBriefCarriesTheGuaranteesSectionAfterTheBurdenSections() {
    List<String> ids = BurdenBrief.withDefaults().compose(LEDGER).brief().sections().stream()
        .map(Section::id).toList();

    assertThat(ids).containsSubsequence(ExploitationSection.ID, GuaranteesSection.ID,
        SourcesSection.ID);
  }
}
