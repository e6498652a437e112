package dev.bulwark.server.api;

import dev.bulwark.burden.exploitation.ExploitationReport;
import dev.bulwark.burden.exploitation.ExploitationTest;
import dev.bulwark.burden.exploitation.YearTest;
import dev.bulwark.burden.fairshare.AllyFairShare;
import dev.bulwark.burden.fairshare.FairShare;
import dev.bulwark.burden.fairshare.FairShareReport;
import dev.bulwark.burden.fairshare.SplitYear;
import dev.bulwark.burden.fairshare.TransatlanticSplit;
import dev.bulwark.burden.figures.Figures;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.burden.figures.YearRange;
import dev.bulwark.burden.gap.AllyGap;
import dev.bulwark.burden.gap.GapReport;
import dev.bulwark.burden.gap.TargetGap;
import dev.bulwark.burden.path.AllyPath;
import dev.bulwark.burden.path.GdpGrowth;
import dev.bulwark.burden.path.PathReport;
import dev.bulwark.burden.path.PathYear;
import dev.bulwark.burden.path.TargetPath;
import dev.bulwark.burden.spending.AllySpending;
import dev.bulwark.burden.spending.SpendingReport;
import dev.bulwark.burden.spending.SpendingTable;
import dev.bulwark.burden.spending.Target;
import dev.bulwark.burden.spending.Verdict;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.country.Country;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Source;
import dev.bulwark.core.unit.Percent;
import dev.bulwark.data.Ledger;
import dev.bulwark.server.ServerException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Who pays: the burden-sharing endpoints, each the JSON twin of a command ({@code spending},
 * {@code gap}, {@code path}, {@code fairshare}, {@code exploitation}, {@code countries},
 * {@code sources}) with the same column names. Formulas and sources are those of the analyses in
 * {@code dev.bulwark.burden}.
 */
public final class BurdenApi {

  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2100;

  private final Ledger ledger;

  /** Returns the endpoints over a ledger. */
  public BurdenApi(Ledger ledger) {
    this.ledger = ledger;
  }

  /** Each member's share of GDP and the targets it meets ({@code bulwark spending}). */
  public Table spending(Query q) {
    Alliance alliance = alliance(q);
    Optional<SpendingSource> source = source(q);
    SpendingTable table = source.map(SpendingTable.withDefaults()::withSource)
        .orElse(SpendingTable.withDefaults());
    int year = year(q, "year").orElseGet(() -> table.latestYear(ledger.panel(), alliance));
    SpendingReport report = table.tabulate(ledger.panel(), alliance, year);
    List<String> columns = new ArrayList<>(List.of("year", "iso3", "country", "rank",
        "share_gdp_pct", "spending_usd_current_m", "per_capita_usd_" + perCapitaSuffix(report),
        "equipment_pct_of_spending", "military_personnel_thousand"));
    report.targets().targets().forEach(t -> columns.add("meets_" + t.id()));
    columns.addAll(List.of("estimate", "source"));
    Table out = Table.of(columns);
    for (AllySpending ally : report.allies()) {
      List<Object> row = new ArrayList<>(List.of(year, ally.iso3(), name(ally.iso3()),
          ally.rank(), ally.shareOfGdpPct()));
      row.addAll(Arrays.asList(cell(ally.spendingUsdMillion()), cell(ally.perCapitaUsd()),
          cell(ally.equipmentSharePct()), cell(ally.militaryPersonnelThousand())));
      for (Target target : report.targets().targets()) {
        Verdict verdict = ally.verdict(target.id());
        row.add(verdict == Verdict.NO_DATA ? null : verdict == Verdict.MET);
      }
      row.add(ally.estimate());
      row.add(String.join("; ", ally.provenance()));
      out.row(row.toArray());
    }
    out.notes(report.roster().summary());
    report.tallies().forEach(t -> out.notes(t.summary() + " (" + t.target().pledge() + ")"));
    return describe(out.notes(report.notes()), q, year);
  }

  /** Each ally's gap to a target share ({@code bulwark gap}). */
  public Table gap(Query q) {
    Alliance alliance = alliance(q);
    double target = q.positive("target", 2, 100);
    TargetGap gap = TargetGap.withDefaults().withTarget(Percent.of(target));
    TargetGap analysis = source(q).map(gap::withSource).orElse(gap);
    int year = year(q, "year").orElseGet(() -> analysis.latestYear(ledger.panel(), alliance));
    GapReport report = analysis.measure(ledger.panel(), alliance, year);
    Table out = new Table("year", "iso3", "country", "target_pct", "share_gdp_pct", "gap_pp",
        "gap_usd_current_m", "surplus_pp", "surplus_usd_current_m", "gdp_usd_current_m",
        "estimate", "source");
    for (AllyGap ally : report.allies()) {
      out.row(year, ally.iso3(), name(ally.iso3()), target, ally.shareOfGdpPct(),
          ally.gapPoints(), ally.gapUsdMillion(), ally.surplusPoints(), ally.surplusUsdMillion(),
          ally.gdpUsdMillion(), ally.estimate(), String.join("; ", ally.provenance()));
    }
    out.notes(report.roster().summary(), String.format(Locale.ROOT, "%d allies below %s%% of "
        + "GDP; total gap US$ %,.1f bn, total surplus US$ %,.1f bn (current prices, %d)",
        report.alliesBelow(), target == Math.rint(target) ? String.valueOf((long) target)
            : String.valueOf(target), report.totalGapUsdMillion() / 1000,
        report.totalSurplusUsdMillion() / 1000, year));
    return describe(out.query("target", target), q, year);
  }

  /** Year-by-year paths to a target share by a year ({@code bulwark path}). */
  public Table path(Query q) {
    Alliance alliance = alliance(q);
    double target = q.positive("target", 3.5, 100);
    int by = year(q, "by").orElse(2035);
    String growth = q.text("growth", "3");
    TargetPath path = TargetPath.withDefaults().withTarget(Percent.of(target), by)
        .withGrowth(growth(growth));
    PathReport report = source(q).map(path::withSource).orElse(path)
        .project(ledger.panel(), alliance);
    List<String> wanted = q.list("country").stream()
        .map(c -> report.ally(Query.country(ledger.countries(), "country", c).iso3()).iso3())
        .toList();
    Table out = new Table("iso3", "country", "year", "share_gdp_pct", "gdp_usd_current_m",
        "spending_usd_current_m", "extra_usd_current_m", "basis");
    List<Map<String, Object>> allies = new ArrayList<>();
    for (AllyPath ally : report.allies()) {
      if (!wanted.isEmpty() && !wanted.contains(ally.iso3())) {
        continue;
      }
      for (PathYear y : ally.years()) {
        out.row(ally.iso3(), name(ally.iso3()), y.year(), y.sharePct(), y.gdpUsdMillion(),
            y.spendingUsdMillion(), y.extraUsdMillion(), y.year() == report.baseYear()
                ? String.join("; ", ally.provenance())
                : "projection (" + report.growth().describe() + ")");
      }
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("iso3", ally.iso3());
      summary.put("start_share_pct", ally.startSharePct());
      summary.put("required_growth_pct", 100 * ally.requiredSpendingGrowth());
      summary.put("cumulative_extra_usd_current_m", ally.cumulativeExtraUsdMillion());
      allies.add(summary);
    }
    out.notes(report.assumptions());
    return out.query("target", target).query("by", by).query("growth", growth)
        .query("country", wanted).query("alliance", alliance.id())
        .query("base_year", report.baseYear()).extra("allies", allies);
  }

  /** Share of spending over share of GDP, or the US against the rest ({@code bulwark fairshare}). */
  public Table fairShare(Query q) {
    return q.flag("split") ? split(q) : ratios(q);
  }

  private Table ratios(Query q) {
    refuse(q, "from", "--from and --to apply to split=true; for one year use year");
    refuse(q, "to", "--from and --to apply to split=true; for one year use year");
    Alliance alliance = alliance(q);
    FairShare fair = source(q).map(FairShare.withDefaults()::withSource)
        .orElse(FairShare.withDefaults());
    int year = year(q, "year").orElseGet(() -> fair.latestYear(ledger.panel(), alliance));
    FairShareReport report = fair.measure(ledger.panel(), alliance, year);
    Table out = new Table("year", "iso3", "country", "spending_usd_current_m",
        "gdp_usd_current_m", "spending_share_pct", "gdp_share_pct", "fair_share_ratio",
        "estimate", "source");
    for (AllyFairShare ally : report.allies()) {
      out.row(year, ally.iso3(), name(ally.iso3()), ally.spendingUsdMillion(),
          ally.gdpUsdMillion(), ally.spendingSharePct(), ally.gdpSharePct(), ally.ratio(),
          ally.estimate(), String.join("; ", ally.provenance()));
    }
    out.notes(report.roster().summary(), "fair_share_ratio = (spending / total spending) / "
        + "(GDP / total GDP); above 1 the ally carries more than its economic weight");
    return describe(out, q, year);
  }

  private Table split(Query q) {
    refuse(q, "year", "year gives the ratio table of one year; with split=true use from and to");
    Alliance alliance = alliance(q);
    YearRange nato = Figures.coverage(ledger.panel(), SpendingSource.NATO);
    int from = year(q, "from").orElse(nato.first());
    int to = year(q, "to").orElse(nato.last());
    requireOrder(from, to);
    TransatlanticSplit analysis = TransatlanticSplit.withDefaults().withYears(from, to);
    analysis = source(q).map(analysis::withSource).orElse(analysis);
    Table out = new Table("year", "allies_counted", "us_usd_current_m", "others_usd_current_m",
        "total_usd_current_m", "us_share_pct", "others_share_pct", "estimate", "source");
    for (SplitYear y : analysis.split(ledger.panel(), alliance)) {
      out.row(y.year(), y.alliesCounted(), y.usUsdMillion(), y.othersUsdMillion(),
          y.totalUsdMillion(), y.usSharePct(), y.othersSharePct(), y.estimate(),
          String.join("; ", y.provenance()));
    }
    out.notes("others = every other member with spending figures that year (for NATO: Europe "
        + "and Canada); members counted from their accession year");
    return out.query("split", true).query("from", from).query("to", to)
        .query("alliance", alliance.id());
  }

  /** The Olson–Zeckhauser rank tests ({@code bulwark exploitation}). */
  public Table exploitation(Query q) {
    Alliance alliance = alliance(q);
    ExploitationTest test = source(q).map(ExploitationTest.withDefaults()::withSource)
        .orElse(ExploitationTest.withDefaults());
    Optional<Integer> from = year(q, "from");
    Optional<Integer> to = year(q, "to");
    int last = to.or(() -> from).orElseGet(() -> test.latestYear(ledger.panel(), alliance));
    int first = from.orElse(last);
    requireOrder(first, last);
    ExploitationReport report = test.withYears(first, last).test(ledger.panel(), alliance);
    Table out = new Table("year", "n", "spearman_rho", "spearman_p_one_tailed", "kendall_tau_b",
        "kendall_p_one_tailed", "kendall_method", "left_out", "estimate", "source");
    for (YearTest year : report.years()) {
      out.row(year.year(), year.n(), year.spearman().coefficient(), year.spearman().pValue(),
          year.kendall().coefficient(), year.kendall().pValue(), year.kendall().method(),
          String.join(" ", year.roster().leftOut()), year.estimate(),
          String.join("; ", year.provenance()));
    }
    return out.notes(report.notes()).query("from", first).query("to", last)
        .query("alliance", alliance.id());
  }

  /** The country table, or the countries named ({@code bulwark countries}). */
  public Table countries(Query q) {
    List<String> names = q.list("name");
    List<Country> rows = names.isEmpty() ? List.copyOf(ledger.countries().all())
        : names.stream().map(n -> Query.country(ledger.countries(), "name", n)).toList();
    Table out = new Table("iso3", "iso2", "iso_numeric", "cow_code", "name", "kind", "aliases");
    for (Country c : rows) {
      out.row(c.iso3(), c.iso2().isEmpty() ? null : c.iso2(),
          c.isoNumeric() < 0 ? null : c.isoNumeric(), c.cowCode() < 0 ? null : c.cowCode(),
          c.name(), c.kind().name().toLowerCase(Locale.ROOT), String.join("|", c.aliases()));
    }
    return out.query("name", names);
  }

  /** Every edition and which one is in use ({@code bulwark sources}). */
  public Table sources(Query q) {
    Set<Edition> inUse = Set.copyOf(ledger.panel().editions());
    Table out = new Table("source", "edition", "title", "published", "price_base_year",
        "origin", "in_use", "terms");
    ledger.availableEditions().stream()
        .sorted(Comparator.comparing(Edition::source).thenComparing(Edition::published))
        .forEach(e -> out.row(e.source().id(), e.id(), e.title(), e.published().toString(),
            e.priceBase().isPresent() ? e.priceBase().getAsInt() : null, e.origin(),
            inUse.contains(e), e.source().terms()));
    return out.notes(ledger.problems());
  }

  /** Parses "3" (flat 3% a year) or "own:2014-2024", as {@code bulwark path --growth}. */
  static GdpGrowth growth(String text) {
    if (text.startsWith("own:")) {
      String[] years = text.substring(4).split("-");
      if (years.length == 2 && years[0].matches("\\d{4}") && years[1].matches("\\d{4}")) {
        return GdpGrowth.ownHistory(Integer.parseInt(years[0]), Integer.parseInt(years[1]));
      }
    } else {
      try {
        double pct = Double.parseDouble(text);
        if (Double.isFinite(pct) && pct > -100 && pct <= 100) {
          return GdpGrowth.flat(pct / 100.0);
        }
      } catch (NumberFormatException e) {
        // fall through to the message naming what is expected
      }
    }
    throw ServerException.badInput("growth", text, "growth must be a percent a year above -100 "
        + "and at most 100 (e.g. 3) or own:FROM-TO (e.g. own:2014-2024), was '" + text + "'");
  }

  private Table describe(Table out, Query q, int year) {
    return out.query("year", year).query("alliance", alliance(q).id())
        .query("source", q.text("source", "auto"));
  }

  private Alliance alliance(Query q) {
    String id = q.text("alliance", "NATO");
    try {
      return ledger.alliance(id);
    } catch (RuntimeException e) {
      throw ServerException.badInput("alliance", id, e.getMessage(),
          ledger.alliances().stream().map(Alliance::id).toList(), e);
    }
  }

  private static Optional<SpendingSource> source(Query q) {
    String wanted = q.text("source", "auto").toUpperCase(Locale.ROOT);
    if (wanted.equals("AUTO")) {
      return Optional.empty();
    }
    return Optional.of(Arrays.stream(SpendingSource.values()).filter(s -> s.name().equals(wanted))
        .findFirst().orElseThrow(() -> ServerException.badInput("source", wanted.toLowerCase(
            Locale.ROOT), "source must be auto, nato or sipri, was '" + wanted + "'")));
  }

  private static Optional<Integer> year(Query q, String field) {
    return q.integer(field, FIRST_YEAR, LAST_YEAR);
  }

  private static void refuse(Query q, String field, String message) {
    q.text(field).ifPresent(v -> {
      throw ServerException.badInput(field, v, message);
    });
  }

  private static void requireOrder(int from, int to) {
    if (from > to) {
      throw ServerException.badInput("from", String.valueOf(from), "from must not be after to, "
          + "was " + from + " > " + to);
    }
  }

  private String name(String iso3) {
    return ledger.countries().byIso3(iso3).name();
  }

  /** Returns "const2015" for NATO's per-capita figures at the edition's prices, else "current". */
  private String perCapitaSuffix(SpendingReport report) {
    var base = ledger.priceBase(report.source() == SpendingSource.NATO ? Source.NATO
        : Source.SIPRI);
    return report.perCapitaUnit().contains("constant prices") && base.isPresent()
        ? "const" + base.getAsInt() : "current";
  }

  private static Double cell(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
