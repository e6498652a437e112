package dev.bulwark.guarantees.engine;

import dev.bulwark.core.country.Countries;
import dev.bulwark.guarantees.geo.Place;
import dev.bulwark.guarantees.treaty.Clause;
import dev.bulwark.guarantees.treaty.Instrument;
import dev.bulwark.guarantees.treaty.Party;
import dev.bulwark.guarantees.treaty.TargetKind;
import java.time.LocalDate;
import java.util.Optional;

/** One clause of one instrument held against one attack: what every rule looks at. */
record Case(Instrument instrument, Clause clause, Attack attack) {

  LocalDate date() {
    return attack.date();
  }

  Place place() {
    return attack.place();
  }

  String target() {
    return attack.target();
  }

  TargetKind kind() {
    return attack.kind();
  }

  Optional<Party> party(String iso3) {
    return instrument.party(iso3, date());
  }

  boolean isParty(String iso3) {
    return party(iso3).isPresent();
  }

  /** Returns "Estonia", the short name used in reasons. */
  static String name(String iso3) {
    return Countries.bundled().find(iso3).map(c -> c.name()).orElse(iso3);
  }

  String targetName() {
    return name(target());
  }
}
