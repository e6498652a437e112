package dev.bulwark.answers.aid;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.question.Arguments;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamType;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Table;
import dev.bulwark.core.aid.AidRelease;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Aid to Ukraine from Kiel's Ukraine Support Tracker, in one of seven views
 * ({@link AidTables}): by donor (who gives most, in euros and as a share of GDP), by month or
 * region (Europe, with and without the EU's institutions, against the United States), by type,
 * by channel of military aid (NATO's PURL included), heavy weapons delivered, and each ally's
 * total contribution (defence spending plus aid, counted once).
 */
public final class AidQuestion implements Question<AidQuestion.Request> {

  /** The views, in the order help lists them. */
  static final List<String> VIEWS =
      List.of("donor", "month", "region", "type", "channel", "weapons", "contribution");

  /**
   * The request.
   *
   * @param by the view
   * @param from the first month, or empty for the release's first
   * @param to the last month, or empty for the release's last
   * @param country one donor to show, or empty for all
   * @param year the year of the contribution view, or empty for the latest with NATO figures
   */
  public record Request(String by, Optional<YearMonth> from, Optional<YearMonth> to,
      Optional<String> country, Optional<Integer> year) {}

  static final Param<String> BY = Param.of("by", ParamTypes.choice(VIEWS.toArray(String[]::new)),
      "donor", "The view: donor, month, region, type, channel, weapons or contribution.",
      "region");
  static final Param<YearMonth> FROM = Param.optional("from", month(),
      "The first month (default: the release's first, 2022-01).", "2025-01");
  static final Param<YearMonth> TO = Param.optional("to", month(),
      "The last month (default: the release's last).", "2025-12");
  static final Param<String> COUNTRY = Param.optional("country", ParamTypes.country(),
      "One donor only (donor, month and type views); EU or EUU for the EU institutions.",
      "Denmark");
  static final Param<Integer> YEAR = Param.optional("year", ParamTypes.year(),
      "The year of the contribution view, which it alone takes (default: the latest year of"
          + " NATO's tables within the release).", "2024");

  private static final Spec SPEC = new Spec("aid", "/api/aid",
      "Who supports Ukraine: aid by donor, month, region, type and channel",
      List.of(
          "Aid to Ukraine from the Kiel Institute's Ukraine Support Tracker (bilateral government",
          "aid in current euros, allocated = delivered or earmarked, by month). --by donor ranks",
          "donors in euros and as a share of their 2021 GDP; --by month and --by region put",
          "Europe (with and without the EU institutions) against the United States, month by",
          "month or year by year; --by type splits military, financial and humanitarian aid;",
          "--by channel shows military aid from stocks, procured, unspecified and bought under",
          "NATO's PURL; --by weapons lists heavy weapons delivered; --by contribution adds each",
          "ally's aid to its NATO defence spending as a share of GDP, counting military aid once",
          "(see docs/aid-ledger.md). --from and --to take months (2025-01); --edition kiel=29",
          "pins a release. Cite: Trebesch et al., Kiel Working Paper 2218, with updates."),
      List.of("bulwark aid --by donor", "bulwark aid --by region --format csv > europe-us.csv",
          "bulwark aid --by month --from 2025-01 --country USA",
          "bulwark aid --by channel --from 2025-06", "bulwark aid --by contribution --year 2024"),
      List.of(BY, FROM, TO, COUNTRY, YEAR));

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public Request request(Arguments arguments) {
    Optional<YearMonth> from = arguments.optional(FROM);
    Optional<YearMonth> to = arguments.optional(TO);
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw AnswersException.badInput("from", from.get().toString(), "from " + from.get()
          + " is after to " + to.get() + ": expected from no later than to");
    }
    return new Request(arguments.value(BY), from, to, arguments.optional(COUNTRY),
        arguments.optional(YEAR));
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    AidRelease release = context.ledger().aid();
    request.country().ifPresent(iso3 -> {
      if (release.donor(iso3).isEmpty()) {
        throw AnswersException.badInput("country", iso3, "country: " + iso3 + " gives no aid"
            + " in " + release.edition().citation() + ": expected one of its "
            + release.donors().size() + " donors (see 'bulwark aid --by donor')");
      }
    });
    AidTables tables = new AidTables(release, request, context);
    Table out = switch (request.by()) {
      case "month" -> tables.months();
      case "region" -> tables.regions();
      case "type" -> tables.types();
      case "channel" -> tables.channels();
      case "weapons" -> tables.weapons();
      case "contribution" -> tables.contributions();
      default -> tables.donors();
    };
    return tables.describe(out);
  }

  private static ParamType<YearMonth> month() {
    return ParamTypes.of("YYYY-MM", "string", "a month yyyy-mm from 2022-01",
        (field, text, context) -> {
          try {
            YearMonth month = YearMonth.parse(text.strip());
            if (month.getYear() >= 2022 && month.getYear() <= ParamTypes.LAST_YEAR) {
              return month;
            }
          } catch (DateTimeException e) {
            // refused below
          }
          throw AnswersException.badInput(field, text, field + " must be a month yyyy-mm from"
              + " 2022-01, was '" + text + "'");
        });
  }
}
