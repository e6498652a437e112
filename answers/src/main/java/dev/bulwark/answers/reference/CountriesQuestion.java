package dev.bulwark.answers.reference;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.question.Arguments;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.core.country.Countries;
import dev.bulwark.core.country.Country;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The country table, or the countries named resolved with the resolver's rules (any spelling,
 * ISO 3166 alpha-2, alpha-3 and numeric codes, {@code cow:} Correlates of War codes).
 */
public final class CountriesQuestion implements Question<CountriesQuestion.Request> {

  /**
   * The request.
   *
   * @param names the ISO3 codes of the countries named, empty for every country
   */
  public record Request(List<String> names) {}

  static final Param<String> NAME = Param.optional("name", ParamTypes.country(),
      "A name or code to resolve (an unknown one fails with the closest matches); repeatable.",
      "Türkiye").asPositional().asRepeatable();

  private static final Spec SPEC = new Spec("countries", "/api/countries",
      "The country table, or the countries named",
      List.of(
          "Lists every country, territory, former state and aggregate Bulwark knows, with ISO",
          "3166 alpha-3/alpha-2/numeric and Correlates of War codes and the spellings the sources",
          "use; or resolves the names and codes you give (any spelling, any code)."),
      List.of("bulwark countries", "bulwark countries Turkey 'Korea, Rep.' DE cow:365",
          "bulwark countries --format csv > countries.csv"),
      List.of(NAME));

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public Request request(Arguments arguments) {
    return new Request(arguments.values(NAME));
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    Countries countries = context.countries();
    Collection<Country> rows = request.names().isEmpty() ? countries.all()
        : request.names().stream().map(countries::byIso3).toList();
    Table out = Table.of(Column.text("iso3", "ISO 3166-1 alpha-3 code"),
        Column.text("iso2", "ISO 3166-1 alpha-2 code"),
        Column.count("iso_numeric", "", "ISO 3166-1 numeric code"),
        Column.count("cow_code", "", "Correlates of War state code"),
        Column.text("name", "the short name Bulwark prints"),
        Column.text("kind", "state, territory, former state or aggregate"),
        Column.text("aliases", "other spellings the sources use, separated by |"));
    for (Country c : rows) {
      out.row(c.iso3(), c.iso2().isEmpty() ? null : c.iso2(),
          c.isoNumeric() < 0 ? null : c.isoNumeric(), c.cowCode() < 0 ? null : c.cowCode(),
          c.name(), c.kind().name().toLowerCase(Locale.ROOT), String.join("|", c.aliases()));
    }
    return out.query("name", request.names());
  }
}
