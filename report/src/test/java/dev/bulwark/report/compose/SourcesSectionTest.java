package dev.bulwark.report.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Source;
import dev.bulwark.core.panel.SpendingDefinition;
import dev.bulwark.data.EditionStore;
import dev.bulwark.data.Ledger;
import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.format.LedgerValue;
import dev.bulwark.data.format.TidyFormat;
import dev.bulwark.report.brief.Block;
import dev.bulwark.report.brief.Note;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.TableBlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brief says which edition and definition each figure comes from and, when the store holds
 * another edition of a source, what it revises against the one in use.
 */
final class SourcesSectionTest {

  @TempDir Path home;

  @Test
  void eachEditionNamesItsDefinitionAndAnotherStoredEditionIsComparedWithTheOneInUse()
      throws IOException {
    // A later edition counting core expenditure, with Poland's 2024 share 4.12 -> 4.25 (the
    // size of NATO's reported revision of Poland's 2025e between its 2025 and 2026 editions).
    LedgerEdition bundled = Ledger.embedded().edition(Source.NATO, "2024");
    Edition later = new Edition(Source.NATO, "2026", "Test: core figures", LocalDate.of(2026, 7, 2),
        "SourcesSectionTest", bundled.edition().priceBase(),
        Optional.of(SpendingDefinition.HAGUE_CORE));
    List<LedgerValue> values = bundled.values().stream().map(v -> v.iso3().equals("POL")
        && v.year() == 2024 && v.indicator() == Indicator.NATO_DEFEXP_SHARE_GDP
        ? new LedgerValue("POL", 2024, v.indicator(), 4.25, v.flag()) : v).toList();
    Path editions = EditionStore.at(home).directory().resolve("editions");
    Path stored = Files.createDirectories(
        editions.resolve(LedgerEdition.directoryName(Source.NATO, "2026") + "@1"));
    TidyFormat.write(new LedgerEdition(later, "test", values, bundled.notes()), stored);
    Ledger pinned = Ledger.open(EditionStore.at(home), Map.of(Source.NATO, "2024"));

    Section method = BurdenBrief.withDefaults().compose(pinned).brief().sections().stream()
        .filter(s -> s.id().equals(SourcesSection.ID)).findFirst().orElseThrow();

    TableBlock editionsTable = (TableBlock) method.blocks().stream()
        .filter(b -> b instanceof TableBlock).findFirst().orElseThrow();
    assertThat(editionsTable.table().rows()).extracting(row -> row.get(row.size() - 1))
        .contains("total defence expenditure (NATO definition)",
            "military expenditure (SIPRI definition)");
    assertThat(method.blocks()).filteredOn(b -> b instanceof Note).extracting(Block.class::cast)
        .map(b -> ((Note) b).text())
        .anySatisfy(text -> assertThat(text).contains("NATO 2026 against NATO 2024: 1 figures"
            + " differ; the largest revision of a share of GDP: POL 2024, 4.12 to 4.25.")
            .contains("count different things").contains("bulwark sources --compare"
                + " nato=2024,nato=2026"));
  }
}
