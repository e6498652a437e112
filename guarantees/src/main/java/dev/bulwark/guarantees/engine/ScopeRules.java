package dev.bulwark.guarantees.engine;

import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.Ids;
import dev.bulwark.guarantees.engine.RuleDefinition.OnClause;
import dev.bulwark.guarantees.treaty.Scope;
import dev.bulwark.guarantees.treaty.TargetKind;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Which scope rules decide, in which order, whether an attack's place falls under a clause's
 * scope: the bundled {@code scope-rules.csv} (beside this class), whose header documents the
 * schema. Read once and checked: every row names a known scope, known target kinds and a scope
 * rule; every scope has a row; every scope rule is used.
 */
final class ScopeRules {

  /** The bundled table's file name. */
  static final String RESOURCE = "scope-rules.csv";

  /**
   * One row of the table.
   *
   * @param scope the clause scope
   * @param targets the target kinds the row holds for
   * @param rule the rule tried
   */
  record Row(Scope scope, Set<TargetKind> targets, OnClause rule) {}

  private final List<Row> rows;

  private ScopeRules(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /**
   * Reads the table.
   *
   * @param file the file's name, for messages
   * @param scopeRules the rules a row may name
   * @throws GuaranteesException of kind FAILURE naming file and line for an unknown scope,
   *     target kind or rule, or naming the file for a scope without rows or a rule never used
   */
  static ScopeRules read(Reader in, String file, List<OnClause> scopeRules) throws IOException {
    Map<String, OnClause> byName = scopeRules.stream()
        .collect(Collectors.toMap(r -> r.spec().name(), Function.identity(), (a, b) -> a,
            LinkedHashMap::new));
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setCommentMarker('#').get().parse(in)) {
      for (CSVRecord record : parser) {
        rows.add(row(record, file + " line " + parser.getCurrentLineNumber(), byName));
      }
    }
    EnumSet<Scope> missing = EnumSet.allOf(Scope.class);
    rows.forEach(r -> missing.remove(r.scope()));
    require(missing.isEmpty(), file + ": no rule for scope " + missing.stream().map(Ids::of)
        .toList() + "; every scope of instruments.yaml needs at least one row");
    List<String> unused = byName.keySet().stream()
        .filter(name -> rows.stream().noneMatch(r -> r.rule().spec().name().equals(name))).toList();
    require(unused.isEmpty(), file + ": the scope rules " + unused + " are in no row");
    return new ScopeRules(rows);
  }

  private static Row row(CSVRecord record, String where, Map<String, OnClause> byName) {
    require(record.isConsistent(), where + ": expected 3 cells (scope,targets,rule), got "
        + record.size());
    Scope scope = parse(Scope.class, record.get("scope"), where);
    Set<TargetKind> targets = EnumSet.noneOf(TargetKind.class);
    String kinds = record.get("targets");
    if (kinds.equals("any")) {
      targets.addAll(EnumSet.allOf(TargetKind.class));
    } else {
      for (String kind : kinds.split("\\|")) {
        targets.add(parse(TargetKind.class, kind, where));
      }
    }
    OnClause rule = byName.get(record.get("rule"));
    require(rule != null, where + ": unknown scope rule '" + record.get("rule")
        + "': expected one of " + byName.keySet());
    return new Row(scope, targets, rule);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String id, String where) {
    try {
      return Ids.parse(type, id, type.getSimpleName().toLowerCase(Locale.ROOT));
    } catch (GuaranteesException e) {
      throw GuaranteesException.failure(where + ": " + e.getMessage(), e);
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw GuaranteesException.failure(message, null);
    }
  }

  /** Returns the rules a clause of the scope tries for an attack on the kind, in order. */
  List<OnClause> rulesFor(Scope scope, TargetKind kind) {
    return rows.stream().filter(r -> r.scope() == scope && r.targets().contains(kind))
        .map(Row::rule).toList();
  }

  /** Returns the rows in file order. */
  List<Row> rows() {
    return rows;
  }
}
