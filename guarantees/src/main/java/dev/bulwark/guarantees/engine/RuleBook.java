package dev.bulwark.guarantees.engine;

import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.Ids;
import dev.bulwark.guarantees.engine.RuleDefinition.OnClause;
import dev.bulwark.guarantees.geo.Gazetteer;
import dev.bulwark.guarantees.geo.Place;
import dev.bulwark.guarantees.treaty.Clause;
import dev.bulwark.guarantees.treaty.Confidence;
import dev.bulwark.guarantees.treaty.Instrument;
import dev.bulwark.guarantees.treaty.Scope;
import dev.bulwark.guarantees.treaty.TargetKind;
import dev.bulwark.guarantees.treaty.Treaties;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The engine's rules, checked once at start, and their documentation. {@link #bundled()} joins
 * every definition of {@link Rules} to the scope table {@code scope-rules.csv} and checks them
 * against the bundled treaty base: every {@link RuleId} is defined once, every instrument a rule
 * names exists, and no rule is firmer than the text it reads, that is its confidence is no firmer
 * than the firmest clause of each instrument it names (V, then M, C, D). A rule that names no
 * instrument reads every instrument and is not checked against one. {@link #markdown} writes
 * {@code docs/guarantees.md} from the same sources, so the document cannot drift from them.
 */
public final class RuleBook {

  private final List<RuleSpec> specs;
  private final ScopeRules scopeRules;

  private RuleBook(List<RuleSpec> specs, ScopeRules scopeRules) {
    this.specs = specs.stream().sorted(Comparator.comparing(RuleSpec::name)).toList();
    this.scopeRules = scopeRules;
  }

  /** Returns every rule of the engine, sorted by name. */
  public static List<RuleSpec> rules() {
    return bundled().specs;
  }

  /**
   * Returns the bundled rule book, built and checked once per class loader.
   *
   * @throws GuaranteesException of kind FAILURE naming rule and instrument, or file and line
   */
  static RuleBook bundled() {
    return Holder.BUNDLED;
  }

  /**
   * Builds a rule book from definitions and a scope table, checked against a treaty base.
   *
   * @param file the scope table's name, for messages
   * @throws GuaranteesException of kind FAILURE when a check fails, naming what failed
   */
  static RuleBook of(List<RuleDefinition> rules, Treaties treaties, Reader scopeTable, String file)
      throws IOException {
    Map<RuleId, RuleDefinition> byId = new EnumMap<>(RuleId.class);
    for (RuleDefinition rule : rules) {
      check(byId.put(rule.spec().id(), rule) == null, "rule " + rule.spec().name()
          + " is defined twice");
      check(treaties, rule.spec());
    }
    for (RuleId id : RuleId.values()) {
      check(byId.containsKey(id), "rule " + id.ruleName() + " has no definition in Rules");
    }
    List<RuleSpec> specs = rules.stream().map(RuleDefinition::spec).toList();
    return new RuleBook(specs, ScopeRules.read(scopeTable, file, Rules.scopeRules(rules)));
  }

  private static void check(Treaties treaties, RuleSpec rule) {
    Map<String, Instrument> known = treaties.all().stream()
        .collect(Collectors.toMap(Instrument::id, i -> i));
    for (String id : rule.instruments()) {
      Instrument instrument = known.get(id);
      check(instrument != null, "rule " + rule.name() + " names the unknown instrument '" + id
          + "': expected one of " + known.keySet());
      Confidence firmest = instrument.clauses().stream().map(Clause::confidence)
          .min(Comparator.naturalOrder()).orElseThrow();
      check(rule.confidence().weakest(firmest) == rule.confidence(), "rule " + rule.name()
          + " claims confidence " + rule.confidence().mark() + " but the clauses of instrument "
          + id + " are at best " + firmest.mark() + ": a rule cannot be firmer than its text");
    }
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw GuaranteesException.failure(message, null);
    }
  }

  /** Returns the scope rules a clause of the scope tries for an attack on the kind, in order. */
  List<OnClause> scopeRules(Scope scope, TargetKind kind) {
    return scopeRules.rulesFor(scope, kind);
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
        .append(" | ").append(r.instrumentLabel()).append(" | ").append(r.article()).append(" | ")
        .append(r.confidence().mark()).append(" |\n"));
    md.append("\n## Scopes\n\nWhich scope rules a clause tries, by its scope and the kind of"
        + " target, in order; the first that speaks decides, and when none does the attack is"
        + " `outsideTheArea` (from `guarantees/src/main/resources/dev/bulwark/guarantees/engine/"
        + ScopeRules.RESOURCE + "`).\n\n| scope | targets | rule |\n|---|---|---|\n");
    bundled().scopeRules.rows().forEach(row -> md.append("| ").append(Ids.of(row.scope()))
        .append(" | ").append(row.targets().size() == TargetKind.values().length ? "any"
            : row.targets().stream().map(TargetKind::id).collect(Collectors.joining(", ")))
        .append(" | `").append(row.rule().spec().name()).append("` |\n"));
    md.append(ADDING_A_RULE);
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

  private static final String ADDING_A_RULE = """

      ## Adding a rule

      1. `RuleId`: add the rule's constant; its name follows from it (`NATO_BLACK_SEA` is \
      `natoBlackSea`, the name outputs show).
      2. `Rules`: add the definition, statement first, with the instruments it reads, the \
      article and its confidence, registered by method reference, and the short method below \
      it; add the definition to `Rules.all()`. A gate also goes into the engine's order \
      (`Rules.clauseGates()`); a scope rule goes into \
      `guarantees/src/main/resources/dev/bulwark/guarantees/engine/scope-rules.csv`, one row per \
      scope and target kinds, where its order among the scope's rows is the order it is tried.
      3. `EachRuleTest`: add a nested class named after the rule that gives it one attack and \
      one instrument and checks its finding.
      4. Regenerate this file (the command above).

      At start the rule book fails, naming rule and instrument or file and line, when a rule \
      names an unknown instrument, claims a confidence firmer than every clause of an \
      instrument it names, has no definition, or when the scope table names an unknown scope, \
      target kind or rule, leaves a scope without rows or a scope rule unused.
      """;

  private static final class Holder {
    static final RuleBook BUNDLED = load();

    private static RuleBook load() {
      try (InputStream in = RuleBook.class.getResourceAsStream(ScopeRules.RESOURCE)) {
        if (in == null) {
          throw GuaranteesException.failure("bundled resource " + ScopeRules.RESOURCE
              + " is missing", null);
        }
        return of(Rules.all(), Treaties.bundled(),
            new InputStreamReader(in, StandardCharsets.UTF_8), ScopeRules.RESOURCE);
      } catch (IOException e) {
        throw GuaranteesException.failure("cannot read bundled " + ScopeRules.RESOURCE, e);
      }
    }
  }

  private static String lower(Enum<?> value) {
    return Ids.of(value);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
