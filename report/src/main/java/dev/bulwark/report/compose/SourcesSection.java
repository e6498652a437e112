package dev.bulwark.report.compose;

import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.report.brief.Block;
import dev.bulwark.report.brief.Note;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.TableBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Section 6, method and sources: how the figures are compared with the targets (NATO's published
 * share of real GDP, as stored, at or above the threshold), the editions the brief reads, and any
 * other edition the ledger holds that a reader could pin instead. Each edition is also cited at
 * the end of the brief.
 */
final class SourcesSection {

  static final String ID = "method";

  private SourcesSection() {}

  /** Returns the section; {@code available} lists every edition the ledger could open. */
  static Section of(BurdenFigures figures, List<Edition> available) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.of("Method: the share of GDP compared with the targets is the one the"
        + " source publishes; for NATO's years it is NATO's defence expenditure as a share of"
        + " real GDP (Table 3), the figure NATO itself compares with 2%, not one recomputed from"
        + " spending and GDP in current US$, which can differ by up to 0.2 points. An ally meets"
        + " a target when that figure, as stored, is at or above it. NATO's tables answer for the"
        + " years they cover and SIPRI's database, with World Bank GDP, for other years; the two"
        + " are never mixed within a year. Every caption names the edition of its figures, and"
        + " figures the source flags as estimates are marked e."));
    blocks.add(editions(figures));
    List<Edition> unused = available.stream().filter(e -> !figures.editions().contains(e))
        .toList();
    if (!unused.isEmpty()) {
      blocks.add(Note.of("Other editions available to pin instead: " + String.join(", ",
          unused.stream().map(e -> e.citation() + " (published " + e.published() + ")")
              .toList()) + "."));
    }
    return new Section(ID, "Method and sources", blocks);
  }

  private static TableBlock editions(BurdenFigures figures) {
    Set<String> cited = figures.provenance().map(p -> Wording.cite(List.of(p)))
        .map(c -> c.replace(", estimates", "")).collect(Collectors.toSet());
    Table table = Table.of(Column.text("cited_as", "how the brief cites the edition")
            .withHeading("Cited as"),
        Column.text("edition", "the edition's title and publication date").withHeading("Edition"),
        Column.text("read_from", "the files Bulwark read it from").withHeading("Read from"),
        Column.text("used_here", "whether a figure of this brief comes from the edition")
            .withHeading("Used here"))
        .notes("An edition not used here answers only for years or figures outside this brief"
            + " (SIPRI and the World Bank answer for years before NATO's tables).");
    for (Edition edition : figures.editions()) {
      table.row(edition.citation(), edition.title() + ", published " + edition.published(),
          edition.origin(), cited.contains(edition.citation()));
    }
    return TableBlock.of(table, "The editions Bulwark read for this brief");
  }
}
