package dev.bulwark.report.compose;

import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.SpendingDefinition;
import dev.bulwark.data.Ledger;
import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.revision.Revision;
import dev.bulwark.data.revision.Revisions;
import dev.bulwark.report.brief.Block;
import dev.bulwark.report.brief.Note;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.TableBlock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Section 6, method and sources: how the figures are compared with the targets (NATO's published
 * share of real GDP, as stored, at or above the threshold), the editions the brief reads with what
 * each counts as defence spending (its definition), and any other edition the ledger holds that a
 * reader could pin instead, compared figure by figure with the one in use ({@link Revisions}).
 * Each edition is also cited at the end of the brief.
 */
final class SourcesSection {

  static final String ID = "method";

  private SourcesSection() {}

  /** Returns the section for the editions the ledger holds. */
  static Section of(BurdenFigures figures, Ledger ledger) {
    List<Edition> available = ledger.availableEditions();
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
      unused.forEach(other -> comparison(figures, ledger, other).ifPresent(blocks::add));
    }
    return new Section(ID, "Method and sources", blocks);
  }

  /**
   * What the other edition changes against the one this brief uses of the same source: how many
   * figures differ and the largest revision of a share of GDP, with the command that lists them.
   */
  private static Optional<Block> comparison(BurdenFigures figures, Ledger ledger, Edition other) {
    Optional<Edition> used = figures.editions().stream()
        .filter(e -> e.source() == other.source()).findFirst();
    if (used.isEmpty()) {
      return Optional.empty();
    }
    boolean newer = other.id().compareTo(used.get().id()) > 0;
    LedgerEdition older = ledger.edition(other.source(), newer ? used.get().id() : other.id());
    LedgerEdition later = ledger.edition(other.source(), newer ? other.id() : used.get().id());
    List<Revision> revisions = Revisions.between(older, later);
    String source = other.source().name().toLowerCase(Locale.ROOT);
    String largest = revisions.stream()
        .filter(r -> r.indicator() == Indicator.NATO_DEFEXP_SHARE_GDP
            || r.indicator() == Indicator.SIPRI_MILEX_SHARE_GDP)
        .filter(r -> r.difference().isPresent())
        .max(Comparator.comparingDouble(r -> Math.abs(r.difference().getAsDouble())))
        .map(r -> String.format(Locale.ROOT, "; the largest revision of a share of GDP: %s %d,"
            + " %.2f to %.2f", r.iso3(), r.year(), r.before().orElseThrow().value(),
            r.after().orElseThrow().value()))
        .orElse("");
    String definitions = older.edition().definition().equals(later.edition().definition()) ? ""
        : " The two count different things (" + words(older.edition()) + " against "
            + words(later.edition()) + "), so their shares are not the same quantity.";
    return Optional.of(Note.of(later.edition().citation() + " against "
        + older.edition().citation() + ": " + revisions.size() + " figures differ" + largest
        + "." + definitions + " The list: bulwark sources --compare " + source + "="
        + older.edition().id() + "," + source + "=" + later.edition().id() + "."));
  }

  private static String words(Edition edition) {
    return edition.definition().map(SpendingDefinition::words).orElse("as published");
  }

  private static TableBlock editions(BurdenFigures figures) {
    Set<String> cited = figures.provenance().map(p -> Wording.cite(List.of(p)))
        .map(c -> c.replace(", estimates", "")).collect(Collectors.toSet());
    Table table = Table.of(Column.text("cited_as", "how the brief cites the edition")
            .withHeading("Cited as"),
        Column.text("edition", "the edition's title and publication date").withHeading("Edition"),
        Column.text("read_from", "the files Bulwark read it from").withHeading("Read from"),
        Column.text("used_here", "whether a figure of this brief comes from the edition")
            .withHeading("Used here"),
        Column.text("definition", "what the edition counts as defence spending")
            .withHeading("Definition"))
        .notes("An edition not used here answers only for years or figures outside this brief"
            + " (SIPRI and the World Bank answer for years before NATO's tables).");
    for (Edition edition : figures.editions()) {
      table.row(edition.citation(), edition.title() + ", published " + edition.published(),
          edition.origin(), cited.contains(edition.citation()), words(edition));
    }
    return TableBlock.of(table, "The editions Bulwark read for this brief");
  }
}
