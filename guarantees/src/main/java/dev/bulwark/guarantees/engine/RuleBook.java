package dev.bulwark.guarantees.engine;

import dev.bulwark.guarantees.Ids;
import dev.bulwark.guarantees.geo.Gazetteer;
import dev.bulwark.guarantees.geo.Place;
import dev.bulwark.guarantees.treaty.Clause;
import dev.bulwark.guarantees.treaty.Instrument;
import dev.bulwark.guarantees.treaty.Treaties;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The engine's rules, instruments and places as a Markdown document, generated from the code and
 * the bundled files so that {@code docs/guarantees.md} cannot drift from them.
 */
public final class RuleBook {

  private RuleBook() {}

  /**
   * One rule as documented.
   *
   * @param name the rule's method name
   * @param statement the rule in one sentence
   * @param instrument the instruments it applies to
   * @param article the article it comes from
   * @param confidence V, M or D
   */
  public record Entry(String name, String statement, String instrument, String article,
      String confidence) {}

  /** Returns every rule of the engine, sorted by name. */
  public static List<Entry> rules() {
    return Arrays.stream(Rules.class.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(Rule.class))
        .map(RuleBook::entry)
        .sorted(Comparator.comparing(Entry::name))
        .toList();
  }

  private static Entry entry(Method method) {
    Rule rule = method.getAnnotation(Rule.class);
    return new Entry(method.getName(), rule.statement(), rule.instrument(), rule.article(),
        rule.confidence());
  }

  /** Returns the Markdown of {@code docs/guarantees.md}. */
  public static String markdown(Treaties treaties, Gazetteer gazetteer) {
    StringBuilder md = new StringBuilder();
    md.append("# Who is covered: the rules of the guarantee engine\n\n")
        .append("Generated from the code by `RuleBookTest` (`./mvnw -o -q -pl guarantees test"
            + " -Dtest=RuleBookTest -Dbulwark.writeDocs=true`); a test fails when this file"
            + " differs from what the code generates. Facts come from"
            + " `../shared/reference/treaties.md`; confidence carries its marks: V verified,"
            + " M from memory, D disputed; C marks the states' territories computed from"
            + " world-atlas 2.0.2 by `tools/gazetteer/derive-places.py` (a representative point"
            + " and the radius of the circle of equal area).\n\n")
        .append("Bulwark knows ").append(treaties.all().size()).append(" instruments, ")
        .append(gazetteer.all().size()).append(" places and ").append(rules().size())
        .append(" rules.\n\n## Rules\n\n| rule | statement | instrument | article | confidence |\n")
        .append("|---|---|---|---|---|\n");
    rules().forEach(r -> md.append("| `").append(r.name()).append("` | ").append(cell(r.statement()))
        .append(" | ").append(r.instrument()).append(" | ").append(r.article()).append(" | ")
        .append(r.confidence()).append(" |\n"));
    md.append("\n## Instruments\n\n| id | instrument | in force | parties | article | strength"
        + " | scope | confidence |\n|---|---|---|---|---|---|---|---|\n");
    for (Instrument instrument : treaties.all()) {
      for (Clause clause : instrument.clauses()) {
        md.append("| `").append(instrument.id()).append("` | ").append(cell(instrument.name()))
            .append(" | ").append(clause.period()).append(" | ")
            .append(instrument.parties().stream().map(p -> p.iso3()).distinct().count())
            .append(" | ").append(clause.article()).append(" | ").append(clause.strength().level())
            .append(" ").append(clause.strength().label()).append(" | ")
            .append(Ids.of(clause.scope())).append(" | ")
            .append(clause.confidence().mark()).append(" |\n");
      }
    }
    md.append("\n## Places\n\n| id | name | kind | sovereign | administrator | continent | sea"
        + " | lat | lon | radius km | confidence |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Place p : gazetteer.all()) {
      md.append("| `").append(p.id()).append("` | ").append(cell(p.name())).append(" | ")
          .append(lower(p.kind())).append(" | ").append(p.sovereign()).append(" | ")
          .append(p.administrator()).append(" | ").append(lower(p.continent())).append(" | ")
          .append(lower(p.sea())).append(" | ").append(p.latitude()).append(" | ")
          .append(p.longitude()).append(" | ").append(p.radiusKm()).append(" | ")
          .append(p.confidence().mark()).append(" |\n");
    }
    return md.toString();
  }

  private static String lower(Enum<?> value) {
    return Ids.of(value);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
