package dev.bulwark.answers.export;

import dev.bulwark.guarantees.geo.Gazetteer;
import dev.bulwark.guarantees.geo.Place;
import dev.bulwark.guarantees.treaty.Clause;
import dev.bulwark.guarantees.treaty.Instrument;
import dev.bulwark.guarantees.treaty.Party;
import dev.bulwark.guarantees.treaty.Treaties;
import dev.bulwark.guarantees.treaty.TargetKind;
import java.util.List;

/**
 * The guarantees' part of the package: the collective-defence instruments, their clauses and
 * their parties by date, and the gazetteer of places the obligation engine reads. Confidence
 * columns carry the fact sheet's marks: V verified, M from memory, C computed by a documented
 * tool, D disputed.
 */
final class TreatyResources {

  private static final String FACT_SHEET = "Bulwark's treaty base, from its fact sheet of"
      + " collective-defence instruments (each instrument and party names its own source)";
  private static final String CONFIDENCE = "V verified, M from memory, C computed by a"
      + " documented tool, D disputed";

  private TreatyResources() {
  }

  /** Returns the treaty and gazetteer resources. */
  static List<Resource> of(Treaties treaties, Gazetteer gazetteer) {
    return List.of(instruments(treaties), clauses(treaties), parties(treaties),
        places(gazetteer));
  }

  private static Resource instruments(Treaties treaties) {
    Resource out = new Resource("treaties", "The treaties, statutes and declarations that may"
        + " bind states to respond to an attack", List.of(FACT_SHEET), List.of(Licence.BULWARK),
        List.of(Field.text("instrument", "the instrument's id"),
            Field.text("name", "the full name"),
            Field.date("signed", "the day of signature or enactment"),
            Field.date("in_force", "the day of entry into force"),
            Field.text("beneficiary", "the one state it protects (ISO3), or empty when the"
                + " parties protect each other"),
            Field.text("confidence", CONFIDENCE),
            Field.text("source", "where its facts come from"),
            Field.text("termination", "how a party leaves")));
    for (Instrument i : treaties.all()) {
      out.row(i.id(), i.name(), i.signed(), i.inForce(), i.beneficiary(),
          i.confidence().mark(), i.source(), i.termination());
    }
    return out;
  }

  private static Resource clauses(Treaties treaties) {
    Resource out = new Resource("treaty_clauses", "Each instrument's articles as the obligation"
        + " engine reads them, strongest first", List.of(FACT_SHEET), List.of(Licence.BULWARK),
        List.of(Field.text("instrument", "the instrument's id (see treaties.csv)"),
            Field.text("article", "the article as cited"),
            Field.text("kind", "defence, consultation, assurance or framework"),
            Field.text("strength", "how strongly it binds, from as_each_deems_necessary down"),
            Field.text("scope", "the geographic rule of its trigger"),
            Field.text("targets", "what an attack must hit to engage it, separated by '; '"),
            Field.date("from", "the first day the clause was in the text"),
            Field.date("until", "the last day; empty while it stands"),
            Field.text("confidence", CONFIDENCE),
            Field.text("trigger", "the trigger and obligation, paraphrased")));
    for (Instrument i : treaties.all()) {
      for (Clause c : i.clauses()) {
        out.row(i.id(), c.article(), c.kind(), c.strength().id(), c.scope(),
            c.targets().stream().map(TargetKind::id).sorted().toList(), c.period().from(),
            c.period().to(), c.confidence().mark(), c.trigger());
      }
    }
    return out;
  }

  private static Resource parties(Treaties treaties) {
    Resource out = new Resource("treaty_parties", "Each spell of a state's membership of an"
        + " instrument (guarantors only, for an instrument with a beneficiary)",
        List.of(FACT_SHEET), List.of(Licence.BULWARK),
        List.of(Field.text("instrument", "the instrument's id (see treaties.csv)"),
            Field.text("iso3", "the party, ISO 3166-1 alpha-3"),
            Field.date("from", "the first day it is a party"),
            Field.date("until", "the last day; empty while it is a party"),
            Field.text("status", "active, frozen or disputed"),
            Field.text("confidence", CONFIDENCE),
            Field.text("note", "what a reader should know about this membership"),
            Field.text("source", "where its dates were confirmed; empty when the instrument's"
                + " source covers them")));
    for (Instrument i : treaties.all()) {
      for (Party p : i.parties()) {
        out.row(i.id(), p.iso3(), p.period().from(), p.period().to(), p.status(),
            p.confidence().mark(), p.note(), p.source());
      }
    }
    return out;
  }

  private static Resource places(Gazetteer gazetteer) {
    Resource out = new Resource("places", "The gazetteer: states, overseas and special"
        + " territories, disputed features and sea areas, with who holds and claims them",
        List.of("Bulwark's gazetteer; states derived from world-atlas (Natural Earth) by"
            + " tools/gazetteer"), List.of(Licence.BULWARK, Licence.NATURAL_EARTH),
        List.of(Field.text("place", "the place's id"),
            Field.text("name", "the English name"),
            Field.text("kind", "metropolitan, overseas, special or sea"),
            Field.text("sovereign", "the recognised sovereign (ISO3); empty for sea areas and"
                + " unsettled features"),
            Field.text("administrator", "the state that administers it (ISO3)"),
            Field.text("claimants", "other states that claim it, separated by '; '"),
            Field.text("continent", "the continent or region; none for sea areas"),
            Field.text("sea", "the sea it lies in or borders"),
            Field.bool("island", "whether it is an island or island group"),
            Field.number("latitude_deg", "degrees north", "the reference point's latitude"),
            Field.number("longitude_deg", "degrees east", "the reference point's longitude"),
            Field.number("radius_km", "km", "the rough radius around the reference point"),
            Field.text("eu", "how it stands with the EU treaties"),
            Field.text("confidence", CONFIDENCE),
            Field.text("note", "what decides cases about it")));
    for (Place p : gazetteer.all()) {
      out.row(p.id(), p.name(), p.kind(), p.sovereign(), p.administrator(), p.claimants(),
          p.continent(), p.sea(), p.island(), p.latitude(), p.longitude(), p.radiusKm(), p.eu(),
          p.confidence().mark(), p.note());
    }
    return out;
  }
}
