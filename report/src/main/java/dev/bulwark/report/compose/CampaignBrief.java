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
 * The campaign part of Bulwark's brief: does the defence hold? It runs the campaign model
 * ({@code docs/campaign-model.md}) for the standard cases, or for postures the caller gives, and
 * composes them into a section or a brief of their own.
 *
 * <p>The standard cases are data, {@code campaign-cases.yaml} beside this class: in the default
 * theatre, RAND RR-1253's 2016 posture (the calibration), the 2025 posture (the baseline), the
 * 2025 posture after US forces move from Europe to the Indo-Pacific (units withdrawn from its
 * order of battle), and RAND's seven brigades. Defaults: 20,000 runs, seed 1253.
 *
 * <pre>{@code
 * CampaignBrief campaign = CampaignBrief.withDefaults();
 * ComposedBrief page = campaign.compose(campaign.standardCases());
 * }</pre>
 */
public final class CampaignBrief {

  /** The standard cases, beside this class. */
  private static final String CASES = "campaign-cases.yaml";

  /**
   * The standard cases as the data file lists them.
   *
   * @param cases the cases, in the order the brief shows them
   */
  record Cases(List<Case> cases) {
    Cases {
      ReportException.require(cases != null && !cases.isEmpty(), CASES + " lists no cases");
      cases = List.copyOf(cases);
    }
  }

  /**
   * One standard case: a bundled posture, optionally with units withdrawn and renamed.
   *
   * @param label how the brief names the case
   * @param posture the bundled posture's id
   * @param withdraw the ids of units withdrawn from it, or none
   * @param id the id of the posture after the withdrawals, or null when none
   * @param name its name, or null when none
   */
  record Case(String label, String posture, List<String> withdraw, String id, String name) {
    Case {
      withdraw = withdraw == null ? List.of() : List.copyOf(withdraw);
      ReportException.require(label != null && posture != null, CASES + ": a case needs a "
          + "label and a posture");
      ReportException.require(withdraw.isEmpty() || id != null && name != null, CASES + ": case '"
          + label + "' withdraws units and needs the id and name of the posture it makes");
    }

    /** Returns the case's posture, its withdrawals applied. */
    Posture posture(Theatres theatres) {
      Posture base = theatres.posture(posture);
      return withdraw.isEmpty() ? base : base.apply(withdraw.stream()
          .map(OrderOfBattleChange.Withdraw::new).toList()).renamed(id, name);
    }
  }

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

  /** Runs the standard cases of {@code campaign-cases.yaml} in the default theatre. */
  public List<CampaignCase> standardCases() {
    Theatres theatres = Theatres.bundled();
    Theatre theatre = theatres.defaultTheatre();
    return cases().cases().stream()
        .map(c -> run(c.label(), theatre, c.posture(theatres))).toList();
  }

  private static Cases cases() {
    return CaseFiles.read(CASES, Cases.class);
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
