package dev.bulwark.guarantees.treaty;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.yaml.YamlReader;
import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.Ids;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The treaty base: every instrument of the bundled {@code instruments.yaml} (beside this class),
 * whose header documents the schema. Facts come from {@code ../shared/reference/treaties.md};
 * the section is named in each instrument's {@code source}.
 */
public final class Treaties {

  private static final String RESOURCE = "instruments.yaml";
  private static final YamlReader YAML = YamlReader.withDefaults()
      .withBadInput((message, cause) -> GuaranteesException.badInput(message));

  private final Map<String, Instrument> byId;

  private Treaties(List<Instrument> instruments) {
    Map<String, Instrument> ids = new LinkedHashMap<>();
    for (Instrument instrument : instruments) {
      GuaranteesException.require(ids.putIfAbsent(instrument.id(), instrument) == null,
          "two instruments share the id " + instrument.id());
    }
    this.byId = ids;
  }

  /** Returns the bundled treaty base, read once per class loader. */
  public static Treaties bundled() {
    return Holder.BUNDLED;
  }

  /** Builds a treaty base from instruments; fails when two share an id. */
  public static Treaties of(List<Instrument> instruments) {
    return new Treaties(instruments);
  }

  /**
   * Returns the treaty base as it would be had the state left the instrument on the day given.
   *
   * @throws GuaranteesException of kind BAD_INPUT for an unknown instrument (naming the known
   *     ids) or a state that is not a party on that day
   */
  public Treaties withWithdrawal(String instrumentId, String iso3, LocalDate effective) {
    Instrument changed = byId(instrumentId).withWithdrawal(iso3, effective);
    return new Treaties(byId.values().stream()
        .map(i -> i.id().equals(changed.id()) ? changed : i).toList());
  }

  /** Returns every instrument, in the file's order. */
  public List<Instrument> all() {
    return List.copyOf(byId.values());
  }

  /**
   * Returns the instrument with this id.
   *
   * @throws GuaranteesException naming the known ids when there is none
   */
  public Instrument byId(String id) {
    Instrument found = byId.get(id == null ? "" : id.strip().toLowerCase(Locale.ROOT));
    if (found == null) {
      throw GuaranteesException.badInput("unknown instrument '" + id + "': expected one of "
          + byId.keySet());
    }
    return found;
  }

  /** Reads instruments from YAML in the schema of the bundled file. */
  public static Treaties read(InputStream in) throws IOException {
    JsonNode root = YAML.readTree("the treaty file", in);
    GuaranteesException.require(root != null && root.isArray(),
        "the treaty file must be a list of instruments");
    List<Instrument> instruments = new ArrayList<>();
    for (JsonNode node : root) {
      instruments.add(instrument(node));
    }
    return new Treaties(instruments);
  }

  private static Instrument instrument(JsonNode node) {
    String id = text(node, "id", "instrument");
    List<Party> parties = new ArrayList<>();
    node.path("parties").forEach(p -> parties.add(new Party(text(p, "iso3", id),
        period(p, id), Ids.parse(PartyStatus.class, p.path("status").asText("active"), "status of a party of " + id),
        confidence(p, id), p.path("note").asText(""), p.path("source").asText(""))));
    List<Suspension> suspensions = new ArrayList<>();
    node.path("suspensions").forEach(s -> suspensions.add(new Suspension(text(s, "guarantor", id),
        text(s, "beneficiary", id), period(s, id), confidence(s, id), text(s, "reason", id))));
    LocalDate inForce = date(node, "in_force", id);
    List<Clause> clauses = new ArrayList<>();
    node.path("clauses").forEach(c -> clauses.add(clause(c, id, inForce)));
    return new Instrument(id, text(node, "name", id), date(node, "signed", id), inForce,
        Optional.ofNullable(node.path("beneficiary").textValue()), parties, suspensions, clauses,
        confidence(node, id), text(node, "source", id), text(node, "termination", id));
  }

  private static Clause clause(JsonNode node, String id, LocalDate inForce) {
    String where = id + " article " + text(node, "article", id);
    Set<TargetKind> targets = EnumSet.noneOf(TargetKind.class);
    node.path("targets").forEach(t -> targets.add(TargetKind.of(t.asText())));
    Period period = node.has("from") ? period(node, where) : Period.since(inForce);
    return new Clause(text(node, "article", id), enumOf(ClauseKind.class, node, "kind", where),
        enumOf(Strength.class, node, "strength", where), enumOf(Scope.class, node, "scope", where),
        targets, period, confidence(node, where), text(node, "trigger", where));
  }

  private static Period period(JsonNode node, String where) {
    Optional<LocalDate> to = node.has("to") ? Optional.of(date(node, "to", where)) : Optional.empty();
    return new Period(date(node, "from", where), to);
  }

  private static Confidence confidence(JsonNode node, String where) {
    return Confidence.ofMark(text(node, "confidence", where));
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, JsonNode node, String field,
      String where) {
    return Ids.parse(type, text(node, field, where), field + " of " + where);
  }

  private static LocalDate date(JsonNode node, String field, String where) {
    String value = text(node, field, where);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw GuaranteesException.badInput(field + " of " + where
          + " must be a date like 1949-08-24, was '" + value + "'");
    }
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    GuaranteesException.require(value != null && !value.isNull() && !value.asText().isBlank(),
        "field '" + field + "' of " + where + " is missing");
    return value.asText();
  }

  private static final class Holder {
    static final Treaties BUNDLED = load();

    private static Treaties load() {
      try (InputStream in = Treaties.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw GuaranteesException.failure("bundled resource " + RESOURCE + " is missing", null);
        }
        return read(in);
      } catch (IOException e) {
        throw GuaranteesException.failure("cannot read bundled " + RESOURCE, e);
      }
    }
  }
}
