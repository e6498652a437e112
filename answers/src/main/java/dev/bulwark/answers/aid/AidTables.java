package dev.bulwark.answers.aid;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.burden.aid.AidRegion;
import dev.bulwark.burden.aid.Allocation;
import dev.bulwark.burden.aid.ChannelMonthAid;
import dev.bulwark.burden.aid.Contribution;
import dev.bulwark.burden.aid.DonorAid;
import dev.bulwark.burden.aid.MonthAid;
import dev.bulwark.burden.aid.RegionSplit;
import dev.bulwark.burden.aid.UkraineSupport;
import dev.bulwark.core.aid.AidRelease;
import dev.bulwark.core.aid.AidType;
import dev.bulwark.core.aid.Channel;
import dev.bulwark.core.aid.WeaponsDelivery;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The views of {@link AidQuestion}, one table each, over one release and the request's months.
 */
final class AidTables {

  private static final String EUR_BN = "billion current EUR";
  private static final Column ISO3 = Column.text("iso3", "ISO 3166-1 alpha-3 code of the donor"
      + " (EUU: the EU's Commission and Council)");
  private static final Column COUNTRY = Column.text("country", "the donor's name");

  private final AidRelease release;
  private final AidQuestion.Request request;
  private final AnswerContext context;
  private final UkraineSupport support;
  private final List<String> sources = new ArrayList<>();

  AidTables(AidRelease release, AidQuestion.Request request, AnswerContext context) {
    this.release = release;
    this.request = request;
    this.context = context;
    this.support = UkraineSupport.withDefaults().withMonths(request.from(), request.to());
    if (support.first(release).isAfter(release.lastMonth())) {
      throw AnswersException.badInput("from", support.first(release).toString(), "from "
          + support.first(release) + " is after the last month of "
          + release.edition().citation() + ", " + release.lastMonth());
    }
    sources.add(release.edition().citation() + " (" + release.edition().title() + ", published "
        + release.edition().published() + "); cite: " + AidRelease.CITATION);
  }

  /** Who gives most: each donor's aid, the largest first. */
  Table donors() {
    Table out = Table.of(Column.count("rank", "", "rank by aid allocated in the span"), ISO3,
        COUNTRY, Column.text("region", "european_state, eu_institutions, united_states or other"),
        eur("total_eur_bn", "aid allocated, all types"),
        eur("military_eur_bn", "military aid allocated"),
        eur("financial_eur_bn", "financial aid allocated (grants, loans, guarantees)"),
        eur("humanitarian_eur_bn", "humanitarian aid allocated"),
        eur("committed_eur_bn", "aid committed in the span"),
        eur("to_be_allocated_eur_bn", "commitments of the span not yet allocated"),
        Column.number("pct_gdp", "% of 2021 GDP", 3, "aid allocated over the donor's 2021 GDP"
            + " (Kiel's share); empty for the EU institutions"),
        eur("eu_attributed_eur_bn", "the EU institutions' aid attributed to the member by its"
            + " budget share (Kiel), whole period only"));
    int rank = 0;
    for (DonorAid d : support.byDonor(release)) {
      rank++;
      if (request.country().map(c -> !c.equals(d.iso3())).orElse(false)) {
        continue;
      }
      Allocation a = d.aid();
      out.row(rank, d.iso3(), d.name(), d.region().word(), a.total(), a.military(),
          a.financial(), a.humanitarian(), a.committed(), a.toBeAllocated(),
          d.pctGdp().isPresent() ? d.pctGdp().getAsDouble() : null,
          d.euAttributedEurBn().isPresent() ? d.euAttributedEurBn().getAsDouble() : null);
    }
    return out.notes("pct_gdp = 100 × aid allocated / GDP in 2021, in current euros, as Kiel"
        + " computes it; allocations are aid delivered or earmarked for specific items");
  }

  /** Europe against the United States month by month (or one donor's months). */
  Table months() {
    return split(Column.text("month", "the month, yyyy-mm"),
        support.byMonth(release, request.country()))
        .notes("every month of the span is listed; a month without aid reads 0");
  }

  /** Europe and the United States as rows, year by year and over the span. */
  Table regions() {
    Table out = Table.of(Column.text("period", "a calendar year, the months of a cut year, or"
            + " the whole span"),
        Column.text("region", "europe (European states and EU institutions), european_states,"
            + " eu_institutions, united_states, other_donors or all_donors"),
        eur("total_eur_bn", "aid allocated, all types"), eur("military_eur_bn", "military aid"),
        eur("financial_eur_bn", "financial aid"), eur("humanitarian_eur_bn", "humanitarian aid"),
        Column.number("share_of_total_pct", "% of all donors' aid", 1,
            "the region's share of all aid allocated in the period"),
        Column.number("share_of_military_pct", "% of all donors' military aid", 1,
            "the region's share of military aid allocated in the period"));
    for (MonthAid period : support.byYear(release)) {
      RegionSplit s = period.split();
      Map<String, Allocation> rows = new LinkedHashMap<>();
      rows.put("europe", s.europe());
      rows.put("european_states", s.of(AidRegion.EUROPEAN_STATE));
      rows.put("eu_institutions", s.of(AidRegion.EU_INSTITUTIONS));
      rows.put("united_states", s.of(AidRegion.UNITED_STATES));
      rows.put("other_donors", s.of(AidRegion.OTHER));
      rows.put("all_donors", s.all());
      rows.forEach((region, a) -> out.row(period.period(), region, a.total(), a.military(),
          a.financial(), a.humanitarian(), share(a.total(), s.all().total()),
          share(a.military(), s.all().military())));
    }
    return out.notes("europe = the EU's 27 members and its institutions with the United Kingdom,"
        + " Norway, Switzerland and Iceland; european_states leaves out the EU institutions;"
        + " the rows europe, european_states and eu_institutions overlap",
        "share_of_military_pct of europe is the European share of military aid, the measure of"
        + " Europe 'taking ownership' of Ukraine's support");
  }

  /** Military, financial and humanitarian aid over the span. */
  Table types() {
    Allocation all = support.byMonth(release, request.country()).stream()
        .map(m -> m.split().all()).reduce(Allocation.NONE, Allocation::plus);
    Table out = Table.of(Column.text("type", "military, financial or humanitarian"),
        eur("total_eur_bn", "aid of the type allocated in the span"),
        Column.number("share_pct", "% of aid allocated", 1, "the type's share of all aid"));
    for (AidType type : AidType.values()) {
      out.row(type.word(), all.of(type), share(all.of(type), all.total()));
    }
    return out;
  }

  /** Military aid by channel, month by month. */
  Table channels() {
    List<Column> columns = new ArrayList<>(List.of(Column.text("month", "the month, yyyy-mm")));
    for (Channel c : Channel.values()) {
      columns.add(eur(c.word() + "_eur_bn", "military aid " + switch (c) {
        case STOCKS -> "delivered from the donors' stocks";
        case PROCURED -> "procured new from industry";
        case UNSPECIFIED -> "of unspecified channel";
        case NATO_PURL -> "bought under NATO's Prioritized Ukraine Requirements List (US"
            + " weapons paid for by European allies and Canada)";
      }));
    }
    columns.add(eur("channels_total_eur_bn", "the month's military aid over all channels"));
    columns.add(eur("military_allocated_eur_bn", "the month's military aid allocated by donor"
        + " (data_explorer), which the channel series need not match"));
    Table out = Table.of(columns);
    for (ChannelMonthAid m : support.byChannel(release)) {
      List<Object> row = new ArrayList<>(List.of(m.month().toString()));
      for (Channel c : Channel.values()) {
        row.add(m.byChannel().get(c));
      }
      row.add(m.total());
      row.add(m.militaryAllocated());
      out.row(row.toArray());
    }
    return out.notes("Kiel's channel series covers all donors together; it does not add up to"
        + " the military aid allocated in every month");
  }

  /** Heavy weapons delivered, by donor and category (whole period). */
  Table weapons() {
    Table out = Table.of(ISO3, COUNTRY, Column.text("category", "Kiel's category"),
        Column.count("units", "systems", "heavy weapons delivered"),
        Column.number("value_eur_m", "million current EUR", 1, "their value at Kiel's prices"),
        Column.text("items", "the systems by model, with counts"));
    Map<String, String> names = new HashMap<>();
    release.donors().forEach(d -> names.put(d.iso3(), d.name()));
    for (WeaponsDelivery w : release.weapons()) {
      if (request.country().map(c -> c.equals(w.iso3())).orElse(true)) {
        out.row(w.iso3(), names.getOrDefault(w.iso3(), context.placeName(w.iso3())),
            w.category(), w.units(), w.valueEur() / 1e6, w.items());
      }
    }
    return out.notes("heavy weapons over the release's whole period; --from and --to do not"
        + " apply");
  }

  /** Each ally's defence spending plus aid, counted once. */
  Table contributions() {
    var ledger = context.ledger();
    var panel = ledger.panel();
    int year = request.year().orElseGet(() -> panel.years(Indicator.NATO_DEFEXP_SHARE_GDP)
        .stream().filter(y -> y <= release.lastMonth().getYear()).max(Integer::compare)
        .orElse(release.lastMonth().getYear()));
    List<Contribution> all = support.contributions(release, panel,
        ledger.alliance("NATO").membersIn(year), year);
    if (all.isEmpty()) {
      throw AnswersException.badInput("year", String.valueOf(year), "year " + year + " has no"
          + " NATO defence share with aid from " + release.edition().citation()
          + ": expected a year from " + release.firstMonth().getYear() + " to the last of"
          + " NATO's tables");
    }
    Table out = Table.of(ISO3, COUNTRY, Column.count("year", "", "the calendar year"),
        pct("defence_pct_gdp", "defence expenditure as NATO reports it (Table 3)"),
        pct("aid_pct_gdp", "aid to Ukraine allocated that year over 2021 GDP (Kiel)"),
        pct("military_aid_pct_gdp", "its military part"),
        pct("total_contribution_pct_gdp", "defence spending plus the financial and"
            + " humanitarian aid not already in it"),
        pct("upper_bound_pct_gdp", "defence spending plus all aid, if the NATO figure left"
            + " military aid out"),
        Column.text("treatment", "how the ally's military aid is taken to stand in its NATO"
            + " figure"),
        Column.text("estimate", "whether NATO marks the defence share as an estimate"));
    for (Contribution c : all) {
      out.row(c.iso3(), context.placeName(c.iso3()), c.year(), c.defencePctGdp(),
          c.aidPctGdp(), c.militaryAidPctGdp(), c.totalPctGdp(), c.upperBoundPctGdp(),
          c.treatment(), c.defenceEstimate());
    }
    sources.addAll(panel.editions().stream().filter(e -> e.source() == Source.NATO)
        .map(Edition::citation).toList());
    return out.query("year", year).notes("rule: NATO's definition counts an ally's payments to"
        + " meet the needs of its armed forces, those of Allies or of the Alliance, and the Hague"
        + " Summit Declaration (25 June 2025, ¶3) has Allies include direct contributions to"
        + " Ukraine's defence and its defence industry when calculating their defence spending;"
        + " military aid is therefore taken to be in the NATO figure already (aid from stocks"
        + " was counted when bought) and only financial and humanitarian aid are added",
        "every ally is flagged military_aid_assumed_in_nato_figure: no ally-by-ally statement of"
        + " what its reported figure holds is in Bulwark's sources; upper_bound_pct_gdp is the"
        + " total if it were not",
        "the defence share is on NATO's GDP (constant prices), the aid share on Kiel's 2021 GDP"
        + " in current euros: a sum of shares of two denominators, an approximation");
  }

  /** Adds the request as resolved, the release and the common notes. */
  Table describe(Table table) {
    return table.query("by", request.by())
        .query("from", support.first(release).toString())
        .query("to", support.last(release).toString())
        .query("country", request.country().orElse(null))
        .notes("Kiel's Ukraine Support Tracker counts bilateral government aid to Ukraine in"
            + " current euros, in-kind aid at estimated market prices; private donations, refugee"
            + " costs abroad and international organisations' aid are not in it; each release"
            + " revises earlier months ('bulwark sources --compare kiel=28,kiel=29')")
        .sources(sources);
  }

  private static Table split(Column head, List<MonthAid> months) {
    List<Column> columns = new ArrayList<>(List.of(head));
    columns.addAll(List.of(eur("total_eur_bn", "aid allocated, all types"),
        eur("military_eur_bn", "military aid"), eur("financial_eur_bn", "financial aid"),
        eur("humanitarian_eur_bn", "humanitarian aid"),
        eur("europe_eur_bn", "aid of Europe: European states and EU institutions"),
        eur("european_states_eur_bn", "aid of European states, EU institutions left out"),
        eur("eu_institutions_eur_bn", "aid of the EU's Commission and Council"),
        eur("united_states_eur_bn", "aid of the United States"),
        eur("other_donors_eur_bn", "aid of every other donor"),
        Column.number("europe_military_share_pct", "% of military aid", 1,
            "Europe's share of the month's military aid; empty when there was none")));
    Table out = Table.of(columns);
    for (MonthAid m : months) {
      RegionSplit s = m.split();
      Allocation a = s.all();
      out.row(m.period(), a.total(), a.military(), a.financial(), a.humanitarian(),
          s.europe().total(), s.of(AidRegion.EUROPEAN_STATE).total(),
          s.of(AidRegion.EU_INSTITUTIONS).total(), s.of(AidRegion.UNITED_STATES).total(),
          s.of(AidRegion.OTHER).total(), s.europeanMilitarySharePct());
    }
    return out;
  }

  private static Double share(double part, double whole) {
    return whole == 0 ? null : 100 * part / whole;
  }

  private static Column eur(String name, String description) {
    return Column.number(name, EUR_BN, 3, description);
  }

  private static Column pct(String name, String description) {
    return Column.number(name, "% of GDP", 3, description);
  }
}
