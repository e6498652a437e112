package dev.bulwark.report.compose;

import dev.bulwark.posture.campaign.CampaignSimulation;
import dev.bulwark.posture.campaign.OrderOfBattleChange;
import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.posture.campaign.Theatre;
import dev.bulwark.posture.campaign.Theatres;
import dev.bulwark.report.ReportException;
import dev.bulwark.report.brief.Brief;
import java.util.List;

/**
 * The campaign part of Bulwark's brief: does the defence of the Baltic states hold? It runs the
 * campaign model ({@code docs/campaign-model.md}) for the standard cases, or for postures the
 * caller gives, and composes them into a section or a brief of their own.
 *
 * <p>The standard cases: RAND RR-1253's 2016 posture (the calibration), the 2025 posture (the
 * baseline), the 2025 posture after US forces move from Europe to the Indo-Pacific (the US
 * armoured brigade on rotation in Poland and the 2nd Cavalry Regiment leave Europe, so they no
 * longer reinforce the Baltic), and RAND's seven brigades. Defaults: 20,000 runs, seed 1253.
 *
 * <pre>{@code
 * CampaignBrief campaign = CampaignBrief.withDefaults();
 * ComposedBrief page = campaign.compose(campaign.standardCases());
 * }</pre>
 */
public final class CampaignBrief {

  /** The US units based in Europe that the Indo-Pacific scenario withdraws from the Baltic. */
  static final List<OrderOfBattleChange> EUROPE_TO_INDO_PACIFIC = List.of(
      new OrderOfBattleChange.Withdraw("us-abct-rotation"),
      new OrderOfBattleChange.Withdraw("us-2cr"));

  private final CampaignSimulation simulation;

  private CampaignBrief(CampaignSimulation simulation) {
    this.simulation = simulation;
  }

  /** 20,000 runs per case, seed 1253, all cores. */
  public static CampaignBrief withDefaults() {
    return new CampaignBrief(CampaignSimulation.withDefaults().withRuns(20_000));
  }

  /** Returns a copy running every case with this simulation (runs, seed, threads, horizon). */
  public CampaignBrief withSimulation(CampaignSimulation simulation) {
    ReportException.require(simulation != null, "simulation must be given, was null");
    return new CampaignBrief(simulation);
  }

  /** Runs the standard cases of the Baltic theatre. */
  public List<CampaignCase> standardCases() {
    Theatre baltic = Theatres.bundled().defaultTheatre();
    Posture baseline = Posture.bundled("baltic-2025");
    Posture moved = baseline.apply(EUROPE_TO_INDO_PACIFIC).renamed("baltic-2025-indo-pacific",
        "Baltic 2025 after US forces move from Europe to the Indo-Pacific");
    return List.of(
        run("2016 (RAND)", baltic, Posture.bundled("baltic-2016")),
        run("2025 baseline", baltic, baseline),
        run("2025, US forces to Indo-Pacific", baltic, moved),
        run("RAND 7 brigades", baltic, Posture.bundled("baltic-rand-7-brigades")));
  }

  /** Runs one posture in the theatre under this label. */
  public CampaignCase run(String label, Theatre theatre, Posture posture) {
    return new CampaignCase(label, simulation.run(theatre, posture));
  }

  /** Returns a brief of the campaign section alone, for {@code bulwark campaign --out}. */
  public ComposedBrief compose(List<CampaignCase> cases) {
    ReportException.require(cases != null && !cases.isEmpty(),
        "a campaign brief needs at least one case, was " + cases);
    String summary = CampaignSection.summary(cases);
    String theatre = cases.get(0).result().theatre();
    Brief brief = Brief.builder("Does the defence hold? The "
            + Character.toUpperCase(theatre.charAt(0)) + theatre.substring(1) + " campaign model")
        .dateLine("Model " + cases.get(0).result().modelVersion() + "; see docs/campaign-model.md")
        .summary(summary).section(CampaignSection.of(cases)).build();
    return new ComposedBrief(brief, List.of(summary));
  }
}
