package dev.bulwark.answers.guarantees;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.question.Listing;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.guarantees.geo.Place;
import java.util.List;
import java.util.Locale;

/** The gazetteer: every place an attack can be located at, for pickers and maps. */
public final class PlacesQuestion extends Listing {

  private static final Spec SPEC = new Spec("places", "/api/guarantees/places",
      "The gazetteer",
      List.of("Lists every place of the gazetteer that --at (place) of 'bulwark guarantee' accepts:",
          "id, name, kind, sovereign and administering state, centre and radius."),
      List.of("bulwark places --format csv > places.csv"), List.of());

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    Table out = Table.of(Column.text("id", "the place's id"), Column.text("name", "its name"),
        Column.text("kind", "metropolitan territory, island, sea, ..."),
        Column.text("sovereign", "the sovereign state"),
        Column.text("administrator", "the administering state"),
        Column.number("lat", "degrees north", 2, "latitude of the centre"),
        Column.number("lon", "degrees east", 2, "longitude of the centre"),
        Column.number("radius_km", "km", 0, "radius"));
    for (Place p : context.gazetteer().all()) {
      out.row(p.id(), p.name(), p.kind().name().toLowerCase(Locale.ROOT), p.sovereign(),
          p.administrator(), p.latitude(), p.longitude(), p.radiusKm());
    }
    return out.sources(List.of("Bulwark gazetteer (docs/guarantees.md)"));
  }
}
