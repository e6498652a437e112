package dev.bulwark.report.compose;

import dev.bulwark.burden.exploitation.ExploitationTest;
import dev.bulwark.burden.fairshare.FairShare;
import dev.bulwark.burden.fairshare.SplitYear;
import dev.bulwark.burden.fairshare.TransatlanticSplit;
import dev.bulwark.burden.figures.Figures;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.burden.figures.YearRange;
import dev.bulwark.burden.gap.TargetGap;
import dev.bulwark.burden.path.GdpGrowth;
import dev.bulwark.burden.path.TargetPath;
import dev.bulwark.burden.spending.SpendingTable;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.core.panel.Source;
import dev.bulwark.core.unit.Percent;
import dev.bulwark.data.Ledger;
import dev.bulwark.posture.theatre.TheatrePosture;
import dev.bulwark.report.ReportException;
import dev.bulwark.report.brief.Brief;
import dev.bulwark.report.brief.Citation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The burden-sharing brief: who pays for an alliance's defence, composed from the burden analyses
 * run on a {@link Ledger}.
 *
 * <p>Sections, each with its figures' editions in the captions and estimates marked "e":
 * <ol>
 *   <li>the lead: the division of labour, the frontier of the Baltic against the Taiwan Strait
 *       as the movable US forces in Europe go to the Indo-Pacific with Europe on the Hague path
 *       in 2030, and the named answers ({@code DivisionSection}, {@code
 *       docs/division-of-labour.md});
 *   <li>who meets 2%, 20% on equipment, 3.5% and 5% ({@code SpendingTable}: an ally meets a
 *       target when its published figure is at or above it; NATO's 2024 tables give total
 *       spending only, so 3.5% and 5% are tested on the total);
 *   <li>each ally's gap to 2% and to the path target, {@code gap = max(0, target − share)} points,
 *       priced at the year's GDP in current US$ ({@code TargetGap});
 *   <li>the paths to the target share by the target year, share rising linearly and GDP growing
 *       at the stated rate ({@code TargetPath});
 *   <li>the United States against Europe and Canada, {@code 100 × S_USA / Σ S} over the years, and
 *       each ally's fair-share ratio {@code (S_i / Σ S) / (Y_i / Σ Y)} ({@code
 *       TransatlanticSplit}, {@code FairShare});
 *   <li>who supports Ukraine: aid allocated by Europe and by the United States year by year,
 *       Europe's share of military aid and the largest donors, from Kiel's Ukraine Support
 *       Tracker ({@code UkraineSupport}, {@code docs/aid-ledger.md});
 *   <li>the Olson–Zeckhauser exploitation test, Spearman and Kendall rank correlations of GDP
 *       with the share of GDP, one-tailed, read at the 5% level ({@code ExploitationTest});
 *   <li>who is covered: the states bound to defend Ukraine, the Baltic states, Poland, Japan and
 *       Taiwan on 2025-02-12 with their spending in total and without the US, and European
 *       peacekeepers attacked in Ukraine ({@code GuaranteesSection}, {@code docs/guarantees.md});
 *   <li>where US forces stand: active duty by combatant command from DMDC's September reports,
 *       abroad apart from US territories, Hawaii and Alaska, the February 2025 claims beside the
 *       counts, and two brigades moved from Europe to the Indo-Pacific ({@code PostureSection});
 *   <li>whether the defence of the Baltic states holds: the campaign model's Monte Carlo for the
 *       2016, 2025 and RAND seven-brigade postures and the 2025 posture after US forces move
 *       from Europe to the Indo-Pacific ({@code CampaignSection}, {@code docs/campaign-model.md});
 *   <li>whether deterrence holds in the Taiwan Strait: the strait model's outcomes by day 30 for
 *       CSIS's base case, each of its four conditions failing and today's INDOPACOM posture,
 *       with their losses ({@code StraitSection}, {@code docs/taiwan-model.md});
 *   <li>guarantees without America: what replacing US forces costs Europe in the IISS and
 *       Kiel/Bruegel scenarios, their published totals beside Bulwark's, and Europe's extra
 *       spending on the path beside the cost ({@code ReplacementSection},
 *       {@code docs/replacement-model.md});
 *   <li>what drives the campaigns' answers: Sobol' first-order and total-effect indices with
 *       bootstrap intervals of the Baltic model's hours (2016 posture) and of the Taiwan Strait
 *       model's defeat of the invasion (without Japan's bases) ({@code SensitivitySection},
 *       {@code docs/sensitivity.md});
 *   <li>the method and a citation of every edition of the ledger's panel.
 * </ol>
 *
 * <p>Defaults: NATO; the year is the latest of NATO's tables in the ledger (2024 in the bundled
 * edition of 17 June 2024); paths to 3.5% of GDP by 2035 with GDP growing a flat 3% a year in
 * current US$; the time series span the years of NATO's tables (2014–2024).
 *
 * <pre>{@code
 * ComposedBrief composed = BurdenBrief.withDefaults().compose(Ledger.embedded());
 * Path page = new BriefWriter(new BriefRenderer()).write(composed.brief(), Path.of("brief"));
 * composed.summary().get(0);   // "23 of 31 allies with armed forces met 2% of GDP in 2024 (...)"
 * }</pre>
 */
public final class BurdenBrief {

  private final String allianceId;
  private final OptionalInt year;
  private final Percent pathTarget;
  private final int pathYear;
  private final GdpGrowth growth;
  private final Optional<YearRange> trendYears;

  private BurdenBrief(String allianceId, OptionalInt year, Percent pathTarget, int pathYear,
      GdpGrowth growth, Optional<YearRange> trendYears) {
    this.allianceId = allianceId;
    this.year = year;
    this.pathTarget = pathTarget;
    this.pathYear = pathYear;
    this.growth = growth;
    this.trendYears = trendYears;
  }

  /** Returns the NATO brief for the latest year of NATO's tables, paths to 3.5% by 2035 at 3%. */
  public static BurdenBrief withDefaults() {
    return new BurdenBrief("NATO", OptionalInt.empty(), Percent.of(3.5), 2035,
        GdpGrowth.flat(0.03), Optional.empty());
  }

  /** Returns a copy about the alliance with this id ("NATO"). */
  public BurdenBrief withAlliance(String allianceId) {
    ReportException.require(allianceId != null && !allianceId.isBlank(),
        "alliance id must be non-blank text, was " + allianceId);
    return new BurdenBrief(allianceId, year, pathTarget, pathYear, growth, trendYears);
  }

  /** Returns a copy whose tables, gaps, paths and scatter are for this year. */
  public BurdenBrief withYear(int year) {
    return new BurdenBrief(allianceId, OptionalInt.of(year), pathTarget, pathYear, growth,
        trendYears);
  }

  /** Returns a copy whose paths (and second gap) aim at {@code target} of GDP by {@code year}. */
  public BurdenBrief withPathTarget(Percent target, int year) {
    ReportException.require(target != null && target.points() > 0,
        "path target must be a positive share of GDP, was " + target);
    return new BurdenBrief(allianceId, this.year, target, year, growth, trendYears);
  }

  /** Returns a copy whose paths assume this growth of GDP in current US$. */
  public BurdenBrief withGrowth(GdpGrowth growth) {
    ReportException.require(growth != null, "GDP growth must be given, was null");
    return new BurdenBrief(allianceId, year, pathTarget, pathYear, growth, trendYears);
  }

  /**
   * Returns a copy whose time series (the transatlantic split and the exploitation test) run from
   * {@code from} to {@code to} inclusive; the span must include the brief's year.
   */
  public BurdenBrief withTrendYears(int from, int to) {
    ReportException.require(from <= to,
        "trend years must run forwards, were " + from + " to " + to);
    return new BurdenBrief(allianceId, year, pathTarget, pathYear, growth,
        Optional.of(new YearRange(from, to)));
  }

  /**
   * Runs the analyses on the ledger and composes the brief.
   *
   * @throws ReportException of kind BAD_INPUT when the ledger is null or the trend years leave
   *     out the brief's year
   * @throws dev.bulwark.core.BulwarkException from the data and burden modules when the ledger
   *     has no figures for the alliance, a year or a target
   */
  public ComposedBrief compose(Ledger ledger) {
    ReportException.require(ledger != null, "ledger must be given, was null");
    BurdenFigures figures = analyse(ledger);
    List<CampaignCase> campaign = CampaignBrief.withDefaults().standardCases();
    DivisionSection division = DivisionSection.ask(ledger);
    List<String> summary = new ArrayList<>(List.of(division.summary()));
    summary.addAll(summary(figures));
    Brief.Builder brief = Brief.builder("Who pays for " + figures.alliance().id()
            + "? Defence spending and burden-sharing, " + figures.year())
        .dateLine(dateLine(figures));
    summary.forEach(brief::summary);
    brief.section(division.section())
        .section(TargetsSection.of(figures))
        .section(GapSection.of(figures))
        .section(PathSection.of(figures))
        .section(SplitSection.of(figures))
        .section(AidSection.of(ledger.aid()))
        .section(ExploitationSection.of(figures))
        .section(GuaranteesSection.of(GuaranteesSection.DATE, ledger.panel(), figures.wording()))
        .section(PostureSection.of(TheatrePosture.withDefaults()))
        .section(CampaignSection.of(campaign))
        .section(StraitSection.of(StraitSection.standardCases()))
        .section(ReplacementSection.of(figures))
        .section(SensitivitySection.of())
        .section(SourcesSection.of(figures, ledger));
    figures.editions().forEach(edition -> brief.source(Citation.of(edition)));
    brief.source(AidSection.citation(ledger.aid()));
    brief.source(GuaranteesSection.CITATION).source(PostureSection.CITATION)
        .source(CampaignSection.CITATION).source(StraitSection.CITATION);
    ReplacementSection.CITATIONS.forEach(brief::source);
    return new ComposedBrief(brief.build(), summary);
  }

  private BurdenFigures analyse(Ledger ledger) {
    Panel panel = ledger.panel();
    Alliance alliance = ledger.alliance(allianceId);
    YearRange natoYears = Figures.coverage(panel, SpendingSource.NATO);
    int snapshot = year.orElse(natoYears.last());
    YearRange trend = trendYears.orElse(natoYears);
    ReportException.require(trend.first() <= snapshot && snapshot <= trend.last(), "trend years "
        + trend + " must include the brief's year " + snapshot + ", so its scatter and its"
        + " exploitation test describe the same allies");
    return new BurdenFigures(alliance, new Wording(ledger.countries()),
        SpendingTable.withDefaults().tabulate(panel, alliance, snapshot),
        TargetGap.withDefaults().measure(panel, alliance, snapshot),
        TargetGap.withDefaults().withTarget(pathTarget).measure(panel, alliance, snapshot),
        TargetPath.withDefaults().withTarget(pathTarget, pathYear).withGrowth(growth)
            .withBaseYear(snapshot).project(panel, alliance),
        TransatlanticSplit.withDefaults().withYears(trend.first(), trend.last())
            .split(panel, alliance),
        FairShare.withDefaults().measure(panel, alliance, snapshot),
        ExploitationTest.withDefaults().withYears(trend.first(), trend.last())
            .test(panel, alliance),
        panel.editions().stream().sorted(Comparator.comparing(Edition::source)).toList(),
        ledger.nationalCommitments(Source.NATO));
  }

  private static List<String> summary(BurdenFigures figures) {
    List<String> lines = new ArrayList<>(TargetsSection.summary(figures));
    lines.add(GapSection.summary(figures));
    lines.add(PathSection.summary(figures));
    lines.add(SplitSection.summary(figures));
    lines.add(ExploitationSection.summary(figures));
    return lines;
  }

  private static String dateLine(BurdenFigures figures) {
    List<String> editions = figures.editions().stream()
        .map(e -> e.citation() + " (published " + e.published() + ")").toList();
    List<Integer> estimated = figures.split().stream().filter(SplitYear::estimate)
        .map(SplitYear::year).toList();
    return "Figures from " + String.join(", ", editions) + "."
        + (estimated.isEmpty() ? "" : " Figures for " + Wording.years(estimated)
            + " are estimates, marked e.");
  }
}
