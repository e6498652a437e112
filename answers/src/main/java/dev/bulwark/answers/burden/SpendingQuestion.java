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
import dev.bulwark.burden.figures.Quantity;
import dev.bulwark.burden.figures.Roster;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.burden.spending.AllySpending;
import dev.bulwark.burden.spending.SpendingReport;
import dev.bulwark.burden.spending.SpendingTable;
import dev.bulwark.burden.spending.Target;
import dev.bulwark.burden.spending.Targets;
import dev.bulwark.burden.spending.Verdict;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.country.CountryKind;
import dev.bulwark.core.panel.Flag;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Observation;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.core.panel.Source;
import dev.bulwark.core.panel.SpendingDefinition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Each member's defence expenditure as a share of GDP in one year, per capita, equipment share,
 * personnel, rank, and the targets it meets (2% and 20% on equipment, Wales 2014; 3.5% core and
 * 5% in all, The Hague 2025), as {@link SpendingTable} computes them; or the same for states
 * asked for by name, allies or not (SIPRI answers for states NATO's tables do not cover), and for
 * a span of years ({@code --from/--to}), each year from its own source.
 *
 * <p>{@code --country} also takes SIPRI's regional and sub-regional totals and its world total
 * (Europe, Middle East, Sub-Saharan Africa, World, ... or their codes {@code SIPRI_EUROPE},
 * {@code WLD}, ...), listed after the states: SIPRI's total in current US$ (published for its
 * latest year only) and at constant prices (a column shown only when a region is asked for); a
 * region has no share of GDP, rank or target.
 *
 * <p>This is the one spending question: {@code --country} and {@code --from/--to} are parameters
 * of it rather than a question of their own, so a trend or a comparison with Russia and China has
 * the same columns, checks and notes as the alliance's table.
 */
public final class SpendingQuestion implements Question<SpendingQuestion.Request> {

  /** The request's marker for every state SIPRI covers ({@code --country all}). */
  public static final String ALL_STATES = "all";

  /** The code of SIPRI's world total, answered like its regional totals. */
  private static final String WORLD = "WLD";

  /** The prefix of the country table's rows for SIPRI's regional totals. */
  private static final String REGION_PREFIX = "SIPRI_";

  /**
   * The request.
   *
   * @param year the year, or empty for the latest with figures (or for a span)
   * @param alliance the alliance id
   * @param source the forced source, or empty for auto
   * @param countries the states and SIPRI regions asked for (ISO3 or {@code SIPRI_...} codes,
   *     {@code WLD}), {@link #ALL_STATES} alone for every state SIPRI covers, empty for the
   *     alliance's members
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
      "STATE|REGION,...|all", "string",
      "names or codes of states or SIPRI regions separated by commas, or all",
      (field, text, context) -> text.equalsIgnoreCase(ALL_STATES) ? List.of(ALL_STATES)
          : ParamTypes.countries().parse(field, text, context)),
      "Only these states, allies or not (any name or code), or all for every state SIPRI "
          + "covers; SIPRI answers when NATO's tables do not cover them all. SIPRI's regional "
          + "totals and world total are asked for the same way (Europe, Middle East, "
          + "Sub-Saharan Africa, World, ... or SIPRI_EUROPE, WLD, ...) and listed after the "
          + "states, without share of GDP.",
      "RUS,CHN,UKR,USA");

  private static final Spec SPEC = new Spec("spending", "/api/spending",
      "Each member's share of GDP and the targets it meets",
      List.of(
          "For one year, every member of the alliance that year: defence expenditure as % of GDP",
          "(NATO's published % of real GDP), per capita, equipment share, personnel, rank, and",
          "whether it meets 2% of GDP and 20% on equipment (Wales 2014), 3.5% core and 5% total",
          "(The Hague 2025). NATO's tables to 2025 give total spending, on which 3.5% core is",
          "tested as an upper bound; from 2026 they give core spending, on which it is tested",
          "as agreed; the definition column says which. Years NATO's tables do not cover are",
          "answered from SIPRI.",
          "--country lists any states (Russia, China, ...; all for every state SIPRI covers),",
          "answered by SIPRI unless NATO's tables cover them all, with SIPRI's world total in",
          "the notes; --from/--to give the trend, one row per state and year. --country also",
          "takes SIPRI's regional totals and world total (Africa, North Africa, Sub-Saharan",
          "Africa, Americas, Central America and the Caribbean, North America, South America,",
          "Asia and Oceania, Central Asia, East Asia, Oceania, South Asia, South East Asia,",
          "Europe, Central Europe, Eastern Europe, Western Europe, Middle East, World; codes",
          "SIPRI_EUROPE, SIPRI_MIDDLE_EAST, ..., WLD): SIPRI's total in current US$ (its latest",
          "year only) and at constant prices, with no share of GDP, rank or target."),
      List.of("bulwark spending --year 2024 --alliance NATO",
          "bulwark spending --year 1995 --format csv > nato-1995.csv",
          "bulwark spending --country RUS,CHN,UKR,USA --year 2024",
          "bulwark spending --country RUS --from 2014 --to 2024",
          "bulwark spending --country Europe,SIPRI_MIDDLE_EAST,World --year 2024"),
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
    List<String> regions = all ? List.of() : request.countries().stream()
        .filter(iso3 -> isRegion(context, iso3)).toList();
    List<String> states = all ? request.countries() : request.countries().stream()
        .filter(iso3 -> !regions.contains(iso3)).toList();
    boolean onlyRegions = states.isEmpty() && !regions.isEmpty();
    List<Integer> years = years(request, () -> all
        ? Figures.coverage(panel, listing).last()
        : onlyRegions ? latestRegionYear(panel, regions)
        : states.isEmpty() ? table.latestYear(panel, alliance)
        : table.latestYear(panel, states));
    List<SpendingReport> reports = years.stream().map(year -> all
        ? table.tabulateStates(panel, everyState(context, panel, listing, year), year)
        : onlyRegions ? noStates(year)
        : states.isEmpty() ? table.tabulate(panel, alliance, year)
        : table.tabulateStates(panel, states, year)).toList();
    Table out = rows(context, reports, regions);
    notes(out, context, reports, !request.countries().isEmpty(), !onlyRegions, regions);
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

  /** SIPRI's listing of no state, which gives a table of regions alone its columns. */
  private static SpendingReport noStates(int year) {
    return new SpendingReport(new Roster(Roster.STATES, year, List.of(), List.of(),
        SpendingSource.SIPRI, SpendingDefinition.SIPRI_MILEX), SpendingSource.SIPRI,
        SpendingSource.SIPRI.unit(Quantity.SPENDING_PER_CAPITA), Targets.nato(), List.of(),
        List.of(), List.of());
  }

  /** Whether the code is SIPRI's world total or one of its regional totals. */
  private static boolean isRegion(AnswerContext context, String iso3) {
    return context.ledger().countries().find(iso3)
        .filter(c -> c.kind() == CountryKind.AGGREGATE)
        .filter(c -> c.iso3().equals(WORLD) || c.iso3().startsWith(REGION_PREFIX)).isPresent();
  }

  /** The latest year SIPRI gives a total at constant prices for any of the regions. */
  private static int latestRegionYear(Panel panel, List<String> regions) {
    return regions.stream().flatMap(r -> panel.years(Indicator.SIPRI_MILEX_CONSTANT).stream()
            .filter(y -> panel.value(Indicator.SIPRI_MILEX_CONSTANT, r, y).isPresent()))
        .max(Integer::compare)
        .orElseThrow(() -> AnswersException.badInput("country", String.join(",", regions),
            "no year has SIPRI's total for any of " + regions));
  }

  /** Every state (not aggregate) the source gives a share of GDP for the year. */
  private static List<String> everyState(AnswerContext context, Panel panel,
      SpendingSource source, int year) {
    return Figures.of(panel, Optional.of(source), year).statesWithShares().stream()
        .filter(iso3 -> context.ledger().countries().find(iso3)
            .filter(c -> c.kind() != CountryKind.AGGREGATE).isPresent())
        .toList();
  }

  private static Table rows(AnswerContext context, List<SpendingReport> reports,
      List<String> regions) {
    SpendingReport first = reports.get(0);
    Set<SpendingSource> sources = EnumSet.noneOf(SpendingSource.class);
    reports.forEach(r -> sources.add(r.source()));
    Column perCapita = perCapita(context, first);
    List<Column> columns = new ArrayList<>(List.of(BurdenParams.YEAR_COLUMN, BurdenParams.ISO3,
        BurdenParams.COUNTRY, Column.count("rank", "", "rank by share of GDP, 1 the highest"),
        Column.number("share_gdp_pct", "% of GDP", 2, "defence expenditure as a share of GDP "
            + "(NATO's published share of real GDP in NATO years, SIPRI's share in SIPRI years)"),
        Column.number("spending_usd_current_m", "million current US$", 0,
            "defence expenditure at current prices and exchange rates")));
    OptionalInt base = context.ledger().priceBase(Source.SIPRI);
    boolean constant = !regions.isEmpty() && base.isPresent();
    if (constant) {
      columns.add(Column.number("spending_usd_const" + base.getAsInt() + "_m",
          "million US$ at " + base.getAsInt() + " prices", 0, "SIPRI's military expenditure at "
              + "constant " + base.getAsInt() + " prices and exchange rates (shown when regional "
              + "totals are asked for: SIPRI gives regions at current prices for its latest year"
              + " only)"));
    }
    columns.addAll(List.of(perCapita,
        Column.number("equipment_pct_of_defexp", "% of defence expenditure", 1,
            "major equipment, with research and development, as a share of defence expenditure"),
        Column.number("military_personnel_thousand", "thousand", 1, "military personnel")));
    first.targets().targets().forEach(t -> columns.add(Column.text("meets_" + t.id(),
        "whether the state meets " + t.pledge() + testedOn(sources)
            + "; missing when a figure is")));
    columns.add(Column.text("national_2pct_commitment", "NATO's asterisk: the ally is bound "
        + "by national law or political agreement to spend at least 2% of GDP, so NATO says its "
        + "estimates may change (NATO years only; missing in SIPRI years)"));
    columns.addAll(List.of(BurdenParams.DEFINITION, BurdenParams.ESTIMATE,
        BurdenParams.SOURCE_COLUMN));
    Table out = Table.of(columns);
    Set<String> committed = context.ledger().nationalCommitments(Source.NATO);
    Panel panel = context.ledger().panel();
    for (SpendingReport report : reports) {
      boolean sameUnit = report.perCapitaUnit().equals(first.perCapitaUnit());
      for (AllySpending ally : report.allies()) {
        List<Object> row = new ArrayList<>(List.of(report.year(), ally.iso3(),
            BurdenParams.name(context, ally.iso3()), ally.rank(), ally.shareOfGdpPct()));
        row.add(cell(ally.spendingUsdMillion()));
        if (constant) {
          row.add(cell(panel.value(Indicator.SIPRI_MILEX_CONSTANT, ally.iso3(), report.year())));
        }
        row.add(sameUnit ? cell(ally.perCapitaUsd()) : null);
        row.add(cell(ally.equipmentSharePct()));
        row.add(cell(ally.militaryPersonnelThousand()));
        for (Target target : report.targets().targets()) {
          Verdict verdict = ally.verdict(target.id());
          row.add(verdict == Verdict.NO_DATA ? null : verdict == Verdict.MET);
        }
        row.add(report.source() == SpendingSource.NATO ? committed.contains(ally.iso3()) : null);
        row.add(report.roster().definition().id());
        row.add(ally.estimate());
        row.add(String.join("; ", ally.provenance()));
        out.row(row.toArray());
      }
      for (String region : regions) {
        out.row(regionRow(context, report, region, constant).toArray());
      }
    }
    return out;
  }

  /**
   * One of SIPRI's regional totals (or its world total) for the report's year: the spending
   * columns only, in US$ m.; no rank, share, per capita, equipment, personnel or verdicts.
   */
  private static List<Object> regionRow(AnswerContext context, SpendingReport report,
      String region, boolean constant) {
    Panel panel = context.ledger().panel();
    Optional<Observation> current = panel.observation(Indicator.SIPRI_MILEX_CURRENT, region,
        report.year());
    Optional<Observation> fixed = panel.observation(Indicator.SIPRI_MILEX_CONSTANT, region,
        report.year());
    List<Object> row = new ArrayList<>(List.of(report.year(), region,
        BurdenParams.name(context, region)));
    row.add(null);
    row.add(null);
    row.add(current.map(Observation::value).orElse(null));
    if (constant) {
      row.add(fixed.map(Observation::value).orElse(null));
    }
    row.add(null);
    row.add(null);
    row.add(null);
    report.targets().targets().forEach(t -> row.add(null));
    row.add(null);
    row.add(SpendingDefinition.SIPRI_MILEX.id());
    List<Observation> used = new ArrayList<>();
    current.ifPresent(used::add);
    fixed.ifPresent(used::add);
    row.add(used.isEmpty() ? null : used.stream().anyMatch(o -> o.flag() != Flag.REPORTED));
    row.add(used.isEmpty() ? null : used.stream().map(Observation::provenance).distinct()
        .collect(Collectors.joining("; ")));
    return row;
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
      boolean byName, boolean withStates, List<String> regions) {
    Set<String> notes = new LinkedHashSet<>();
    for (SpendingReport report : withStates ? reports : List.<SpendingReport>of()) {
      String year = reports.size() == 1 ? "" : report.year() + ": ";
      notes.add(year + report.roster().summary());
      report.tallies().forEach(t -> notes.add(year + t.summary(byName ? "states" : "allies")
          + " (" + t.target().pledge() + ")"));
      if (byName && report.source() == SpendingSource.SIPRI) {
        world(context.ledger().panel(), report).ifPresent(notes::add);
      }
    }
    if (withStates) {
      reports.forEach(r -> notes.addAll(r.notes().stream()
          .filter(n -> !n.startsWith("source: ") || reports.size() == 1).toList()));
    }
    if (reports.stream().map(SpendingReport::perCapitaUnit).distinct().count() > 1) {
      notes.add("per capita is shown only for the years whose unit is the column's ("
          + reports.get(0).perCapitaUnit() + "): NATO and SIPRI give it in different prices");
    }
    if (byName) {
      notes.add("SIPRI's flags (estimate, highly_uncertain) are named in the source column and "
          + "set estimate; SIPRI's regional totals and world total are asked for by name or code"
          + " in --country (Europe, Middle East, SIPRI_EUROPE, World, ...)");
    }
    if (!regions.isEmpty()) {
      notes.add("regions (" + String.join(", ", regions) + ") are SIPRI's regional totals, "
          + "from its Regional totals sheet, by SIPRI's own grouping of states and including its "
          + "estimates for states with missing figures (marked estimate where SIPRI prints the "
          + "total in red: more than 10% estimated); SIPRI gives them at constant prices for "
          + "every year and at current prices for its latest year only; a region has no share "
          + "of GDP, rank or target");
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
