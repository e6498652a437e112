package dev.bulwark.answers.burden;

import static dev.bulwark.answers.burden.BurdenParams.ALLIANCE;
import static dev.bulwark.answers.burden.BurdenParams.FROM;
import static dev.bulwark.answers.burden.BurdenParams.SOURCE;
import static dev.bulwark.answers.burden.BurdenParams.TO;
import static dev.bulwark.answers.burden.BurdenParams.YEAR;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.question.Arguments;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.burden.figures.Figures;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.burden.spending.AllySpending;
import dev.bulwark.burden.spending.SpendingReport;
import dev.bulwark.burden.spending.SpendingTable;
import dev.bulwark.burden.spending.Target;
import dev.bulwark.burden.spending.Verdict;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.country.CountryKind;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.core.panel.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;

/**
 * Each member's defence expenditure as a share of GDP in one year, per capita, equipment share,
 * personnel, rank, and the targets it meets (2% and 20% on equipment, Wales 2014; 3.5% core and
 * 5% in all, The Hague 2025), as {@link SpendingTable} computes them; or the same for states
 * asked for by name, allies or not (SIPRI answers for states NATO's tables do not cover), and for
 * a span of years ({@code --from/--to}), each year from its own source.
 *
 * <p>This is the one spending question: {@code --country} and {@code --from/--to} are parameters
 * of it rather than a question of their own, so a trend or a comparison with Russia and China has
 * the same columns, checks and notes as the alliance's table.
 */
public final class SpendingQuestion implements Question<SpendingQuestion.Request> {

  /** The request's marker for every state SIPRI covers ({@code --country all}). */
  public static final String ALL_STATES = "all";

  /**
   * The request.
   *
   * @param year the year, or empty for the latest with figures (or for a span)
   * @param alliance the alliance id
   * @param source the forced source, or empty for auto
   * @param countries the states asked for (ISO3), {@link #ALL_STATES} alone for every state
   *     SIPRI covers, empty for the alliance's members
   * @param from the first year of a span, or empty
   * @param to the last year of a span, or empty
   */
  public record Request(Optional<Integer> year, String alliance, Optional<SpendingSource> source,
      List<String> countries, Optional<Integer> from, Optional<Integer> to) {

    public Request {
      countries = List.copyOf(countries);
    }
  }

  static final Param<List<String>> COUNTRY = Param.optional("country", ParamTypes.of(
      "STATE,...|all", "string", "names or codes separated by commas, or all",
      (field, text, context) -> text.equalsIgnoreCase(ALL_STATES) ? List.of(ALL_STATES)
          : ParamTypes.countries().parse(field, text, context)),
      "Only these states, allies or not (any name or code), or all for every state SIPRI "
          + "covers; SIPRI answers when NATO's tables do not cover them all.",
      "RUS,CHN,UKR,USA");

  private static final Spec SPEC = new Spec("spending", "/api/spending",
      "Each member's share of GDP and the targets it meets",
      List.of(
          "For one year, every member of the alliance that year: defence expenditure as % of GDP",
          "(NATO's published % of real GDP), per capita, equipment share, personnel, rank, and",
          "whether it meets 2% of GDP and 20% on equipment (Wales 2014), 3.5% core and 5% total",
          "(The Hague 2025). NATO's tables give total spending only, so 3.5% and 5% are tested",
          "against total spending. Years NATO's tables do not cover are answered from SIPRI.",
          "--country lists any states (Russia, China, ...; all for every state SIPRI covers),",
          "answered by SIPRI unless NATO's tables cover them all, with SIPRI's world total in",
          "the notes; --from/--to give the trend, one row per state and year."),
      List.of("bulwark spending --year 2024 --alliance NATO",
          "bulwark spending --year 1995 --format csv > nato-1995.csv",
          "bulwark spending --country RUS,CHN,UKR,USA --year 2024",
          "bulwark spending --country RUS --from 2014 --to 2024"),
      List.of(YEAR, ALLIANCE, SOURCE, COUNTRY, FROM, TO));

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public Request request(Arguments arguments) {
    Optional<Integer> year = arguments.optional(YEAR);
    if (year.isPresent() && (arguments.optional(FROM).isPresent()
        || arguments.optional(TO).isPresent())) {
      throw AnswersException.badInput("year", String.valueOf(year.get()), "give year for one "
          + "year or from/to for a span, not both");
    }
    return new Request(year, arguments.value(ALLIANCE), arguments.value(SOURCE),
        arguments.optional(COUNTRY).orElse(List.of()), arguments.optional(FROM),
        arguments.optional(TO));
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    Alliance alliance = BurdenParams.alliance(context, request.alliance());
    boolean all = request.countries().equals(List.of(ALL_STATES));
    SpendingSource listing = request.source().orElse(SpendingSource.SIPRI);
    SpendingTable table = request.source().map(SpendingTable.withDefaults()::withSource)
        .orElse(SpendingTable.withDefaults());
    Panel panel = context.ledger().panel();
    List<Integer> years = years(request, () -> all
        ? Figures.coverage(panel, listing).last()
        : request.countries().isEmpty() ? table.latestYear(panel, alliance)
        : table.latestYear(panel, request.countries()));
    List<SpendingReport> reports = years.stream().map(year -> all
        ? table.tabulateStates(panel, everyState(context, panel, listing, year), year)
        : request.countries().isEmpty() ? table.tabulate(panel, alliance, year)
        : table.tabulateStates(panel, request.countries(), year)).toList();
    Table out = rows(context, reports);
    notes(out, context, reports, !request.countries().isEmpty());
    if (years.size() == 1) {
      BurdenParams.describe(out, context, years.get(0), alliance.id(), request.source());
    } else {
      out.query("from", years.get(0)).query("to", years.get(years.size() - 1))
          .query("alliance", alliance.id())
          .query("source", BurdenParams.sourceId(request.source()))
          .sources(BurdenParams.editions(context));
    }
    return out.query("country", request.countries());
  }

  /** The year asked for, the span asked for, or the latest year with figures. */
  private static List<Integer> years(Request request, IntSupplier latest) {
    if (request.from().isEmpty() && request.to().isEmpty()) {
      return List.of(request.year().orElseGet(latest::getAsInt));
    }
    int last = request.to().or(request::from).orElseThrow();
    int first = request.from().orElse(last);
    BurdenParams.requireOrder(first, last);
    return IntStream.rangeClosed(first, last).boxed().toList();
  }

  /** Every state (not aggregate) the source gives a share of GDP for the year. */
  private static List<String> everyState(AnswerContext context, Panel panel,
      SpendingSource source, int year) {
    return Figures.of(panel, Optional.of(source), year).statesWithShares().stream()
        .filter(iso3 -> context.ledger().countries().find(iso3)
            .filter(c -> c.kind() != CountryKind.AGGREGATE).isPresent())
        .toList();
  }

  private static Table rows(AnswerContext context, List<SpendingReport> reports) {
    SpendingReport first = reports.get(0);
    Set<SpendingSource> sources = EnumSet.noneOf(SpendingSource.class);
    reports.forEach(r -> sources.add(r.source()));
    Column perCapita = perCapita(context, first);
    List<Column> columns = new ArrayList<>(List.of(BurdenParams.YEAR_COLUMN, BurdenParams.ISO3,
        BurdenParams.COUNTRY, Column.count("rank", "", "rank by share of GDP, 1 the highest"),
        Column.number("share_gdp_pct", "% of GDP", 2, "defence expenditure as a share of GDP "
            + "(NATO's published share of real GDP in NATO years, SIPRI's share in SIPRI years)"),
        Column.number("spending_usd_current_m", "million current US$", 0,
            "defence expenditure at current prices and exchange rates"),
        perCapita,
        Column.number("equipment_pct_of_defexp", "% of defence expenditure", 1,
            "major equipment, with research and development, as a share of defence expenditure"),
        Column.number("military_personnel_thousand", "thousand", 1, "military personnel")));
    first.targets().targets().forEach(t -> columns.add(Column.text("meets_" + t.id(),
        "whether the state meets " + t.pledge() + testedOn(sources)
            + "; missing when a figure is")));
    columns.add(Column.text("national_2pct_commitment", "NATO's asterisk: the ally is bound "
        + "by national law or political agreement to spend at least 2% of GDP, so NATO says its "
        + "estimates may change (NATO years only; missing in SIPRI years)"));
    columns.addAll(List.of(BurdenParams.ESTIMATE, BurdenParams.SOURCE_COLUMN));
    Table out = Table.of(columns);
    Set<String> committed = context.ledger().nationalCommitments(Source.NATO);
    for (SpendingReport report : reports) {
      boolean sameUnit = report.perCapitaUnit().equals(first.perCapitaUnit());
      for (AllySpending ally : report.allies()) {
        List<Object> row = new ArrayList<>(List.of(report.year(), ally.iso3(),
            BurdenParams.name(context, ally.iso3()), ally.rank(), ally.shareOfGdpPct()));
        row.add(cell(ally.spendingUsdMillion()));
        row.add(sameUnit ? cell(ally.perCapitaUsd()) : null);
        row.add(cell(ally.equipmentSharePct()));
        row.add(cell(ally.militaryPersonnelThousand()));
        for (Target target : report.targets().targets()) {
          Verdict verdict = ally.verdict(target.id());
          row.add(verdict == Verdict.NO_DATA ? null : verdict == Verdict.MET);
        }
        row.add(report.source() == SpendingSource.NATO ? committed.contains(ally.iso3()) : null);
        row.add(ally.estimate());
        row.add(String.join("; ", ally.provenance()));
        out.row(row.toArray());
      }
    }
    return out;
  }

  /** Says which share the target columns test when SIPRI answers some or all years. */
  private static String testedOn(Set<SpendingSource> sources) {
    if (!sources.contains(SpendingSource.SIPRI)) {
      return "";
    }
    return sources.contains(SpendingSource.NATO)
        ? " (NATO's published share in NATO years, SIPRI's share, SIPRI's definition, in SIPRI"
            + " years)"
        : " (tested on SIPRI's share of GDP, SIPRI's definition, not NATO's)";
  }

  private static void notes(Table out, AnswerContext context, List<SpendingReport> reports,
      boolean byName) {
    Set<String> notes = new LinkedHashSet<>();
    for (SpendingReport report : reports) {
      String year = reports.size() == 1 ? "" : report.year() + ": ";
      notes.add(year + report.roster().summary());
      report.tallies().forEach(t -> notes.add(year + t.summary(byName ? "states" : "allies")
          + " (" + t.target().pledge() + ")"));
      if (byName && report.source() == SpendingSource.SIPRI) {
        world(context.ledger().panel(), report).ifPresent(notes::add);
      }
    }
    reports.forEach(r -> notes.addAll(r.notes().stream()
        .filter(n -> !n.startsWith("source: ") || reports.size() == 1).toList()));
    if (reports.stream().map(SpendingReport::perCapitaUnit).distinct().count() > 1) {
      notes.add("per capita is shown only for the years whose unit is the column's ("
          + reports.get(0).perCapitaUnit() + "): NATO and SIPRI give it in different prices");
    }
    if (byName) {
      notes.add("SIPRI's flags (estimate, highly_uncertain) are named in the source column and "
          + "set estimate; SIPRI's regional totals are not in Bulwark's ledger");
    }
    out.notes(new ArrayList<>(notes));
  }

  /** SIPRI's world total in current US$ for the year, and the listed states' part of it. */
  private static Optional<String> world(Panel panel, SpendingReport report) {
    OptionalDouble world = panel.value(Indicator.SIPRI_MILEX_CURRENT, "WLD", report.year());
    if (world.isEmpty()) {
      return Optional.empty();
    }
    double listed = report.allies().stream().mapToDouble(a -> a.spendingUsdMillion().orElse(0))
        .sum();
    return Optional.of(String.format(Locale.ROOT, "SIPRI's world total for %d: US$ %,.0f m at"
        + " current prices; the states listed spent %.1f%% of it", report.year(),
        world.getAsDouble(), 100 * listed / world.getAsDouble()));
  }

  /** Per capita at the edition's constant prices for NATO's figures, else at current prices. */
  private static Column perCapita(AnswerContext context, SpendingReport report) {
    var base = context.ledger().priceBase(report.source() == SpendingSource.NATO ? Source.NATO
        : Source.SIPRI);
    boolean constant = report.perCapitaUnit().contains("constant prices") && base.isPresent();
    return Column.number("per_capita_usd_" + (constant ? "const" + base.getAsInt() : "current"),
        constant ? "US$ per person at " + base.getAsInt() + " prices" : "current US$ per person",
        0, "defence expenditure per head of population (" + report.perCapitaUnit() + ")");
  }

  private static Double cell(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
