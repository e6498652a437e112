package dev.bulwark.answers.export;

import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.alliance.Membership;
import dev.bulwark.core.country.Country;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.SpendingDefinition;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Source;
import dev.bulwark.data.Ledger;
import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.format.LedgerValue;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The ledger's part of the package: every available edition (bundled and imported) and its
 * values, the indicators, the countries with their codes, and alliance memberships by date.
 */
final class LedgerResources {

  private static final String COUNTRIES = "Bulwark's country table: ISO 3166-1/-3 codes (via"
      + " Debian's iso-codes), Correlates of War state codes";

  private LedgerResources() {
  }

  /** Returns the ledger's resources. */
  static List<Resource> of(Ledger ledger) {
    List<Edition> editions = ledger.availableEditions();
    return List.of(editions(ledger, editions), values(ledger, editions), indicators(),
        countries(ledger), alliances(ledger));
  }

  private static Resource editions(Ledger ledger, List<Edition> editions) {
    Set<Edition> inUse = Set.copyOf(ledger.panel().editions());
    Resource out = new Resource("editions", "Every edition of every source the package holds,"
        + " bundled with Bulwark or imported with 'bulwark import'", citations(editions),
        licences(), List.of(
        Field.text("source", "the publisher's id: nato, sipri or world-bank"),
        Field.text("edition", "the edition's id, unique within its source"),
        Field.text("title", "the edition as the publisher names it"),
        Field.date("published", "the publication date"),
        Field.integer("price_base_year", "", "the year whose prices the edition's"
            + " constant-price series use; empty when it has none"),
        Field.text("origin", "the file the figures were read from"),
        Field.bool("in_use", "whether Bulwark's answers use this edition by default"),
        Field.text("definition", "what the edition counts as defence spending: nato_total,"
            + " hague_core (NATO's core figures from 2026) or sipri_milex; empty for other"
            + " series"),
        Field.text("terms", "the publisher's terms of use")));
    for (Edition e : editions) {
      out.row(e.source().id(), e.id(), e.title(), e.published(), e.priceBase(), e.origin(),
          inUse.contains(e), e.definition().map(SpendingDefinition::id).orElse(null),
          e.source().terms());
    }
    return out;
  }

  private static Resource values(Ledger ledger, List<Edition> editions) {
    Resource out = new Resource("values", "Every figure of every edition: one row per source,"
        + " edition, country, year and indicator, in the indicator's unit (see indicators.csv)",
        citations(editions), licences(), List.of(
        Field.text("source", "the publisher's id: nato, sipri or world-bank"),
        Field.text("edition", "the edition's id (see editions.csv)"),
        Field.text("iso3", "ISO 3166-1 alpha-3 code, or the publisher's aggregate"
            + " (NATO_TOTAL, WLD, a SIPRI region)"),
        Field.integer("year", "", "the calendar year"),
        Field.text("indicator", "the series, named with its unit (see indicators.csv)"),
        Field.number("value", "the indicator's unit", "the figure as published (SIPRI's shares"
            + " as percent, not fractions)"),
        Field.text("flag", "empty for a reported figure, estimate, or highly_uncertain")));
    for (Edition e : editions) {
      LedgerEdition edition = ledger.edition(e.source(), e.id());
      for (LedgerValue v : edition.values()) {
        out.row(e.source().id(), e.id(), v.iso3(), v.year(), v.indicator().column(), v.value(),
            v.flag().word());
      }
    }
    return out;
  }

  private static Resource indicators() {
    Resource out = new Resource("indicators", "The series values.csv holds, with unit and"
        + " definition", List.of(), List.of(Licence.BULWARK), List.of(
        Field.text("indicator", "the series' name as values.csv has it"),
        Field.text("source", "the publisher's id"),
        Field.text("unit", "the unit in words"),
        Field.bool("constant_prices", "whether the series is at the constant prices of its"
            + " edition's price base year"),
        Field.text("description", "what the series measures and where it is published")));
    for (Indicator i : Indicator.values()) {
      out.row(i.column(), i.source().id(), i.unit(), i.atConstantPrices(), i.description());
    }
    return out;
  }

  private static Resource countries(Ledger ledger) {
    Resource out = new Resource("countries", "Every country, territory, former state and"
        + " published aggregate, with its codes", List.of(COUNTRIES), List.of(Licence.BULWARK),
        List.of(
        Field.text("iso3", "ISO 3166-1 alpha-3 code (ISO 3166-3 for former states), or an"
            + " aggregate's id"),
        Field.text("iso2", "ISO 3166-1 alpha-2 code; empty when none exists"),
        Field.integer("iso_numeric", "", "ISO 3166-1 numeric code; empty when none exists"),
        Field.integer("cow_code", "", "Correlates of War state code; empty when none exists"),
        Field.text("name", "the English short name"),
        Field.text("kind", "state, territory, historical or aggregate"),
        Field.text("aliases", "other spellings the sources use, separated by '; '")));
    ledger.countries().all().stream().sorted(Comparator.comparing(Country::iso3))
        .forEach(c -> out.row(c.iso3(), c.iso2(), c.isoNumeric() < 0 ? null : c.isoNumeric(),
            c.cow(), c.name(), c.kind(), c.aliases()));
    return out;
  }

  private static Resource alliances(Ledger ledger) {
    Resource out = new Resource("alliance_memberships", "Each spell of membership of an"
        + " alliance (for NATO, from the day the instrument of accession was deposited)",
        ledger.alliances().stream().map(Alliance::source).distinct().toList(),
        List.of(Licence.BULWARK), List.of(
        Field.text("alliance", "the alliance's id"),
        Field.text("alliance_name", "the alliance's full name"),
        Field.text("iso3", "the member, ISO 3166-1 alpha-3"),
        Field.date("from", "the first day of membership"),
        Field.date("until", "the last day of membership; empty while still a member")));
    for (Alliance a : ledger.alliances()) {
      for (Membership m : a.memberships()) {
        out.row(a.id(), a.name(), m.iso3(), m.from(), m.until());
      }
    }
    return out;
  }

  private static List<String> citations(List<Edition> editions) {
    return editions.stream().map(e -> e.citation() + ": " + e.title() + " (" + e.origin() + ")")
        .toList();
  }

  private static List<Licence> licences() {
    return Arrays.stream(Source.values()).filter(s -> s != Source.KIEL).map(Licence::of)
        .toList();
  }
}
