package dev.bulwark.server.api;

import dev.bulwark.burden.path.AllyPath;
import dev.bulwark.burden.path.GdpGrowth;
import dev.bulwark.burden.path.PathYear;
import dev.bulwark.burden.path.TargetPath;
import dev.bulwark.core.BulwarkException;
import dev.bulwark.core.unit.Percent;
import dev.bulwark.data.Ledger;
import dev.bulwark.posture.scenario.FigureChange;
import dev.bulwark.posture.scenario.ForceScenario;
import dev.bulwark.posture.scenario.Scenario;
import dev.bulwark.posture.scenario.ScenarioFile;
import dev.bulwark.posture.scenario.SpendingChange;
import dev.bulwark.server.ProblemType;
import dev.bulwark.server.ServerException;
import dev.bulwark.server.store.SavedScenario;
import dev.bulwark.server.store.Store;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Saved scenarios: scenario files (docs/scenarios.md) checked, saved in the store, listed,
 * reopened, and applied as {@code bulwark scenario run} applies them (force moves to the posture
 * ledger, spending changes to the 3.5%-by-2035 path; order-of-battle edits and withdrawals are
 * listed as not applied here, as there).
 */
public final class ScenarioApi {

  private final Store store;
  private final Ledger ledger;

  /** Returns the endpoints over a store and a ledger. */
  public ScenarioApi(Store store, Ledger ledger) {
    this.store = store;
    this.ledger = ledger;
  }

  /** Checks a scenario file (it must read and apply to the ledgers), saves it, returns it. */
  public Map<String, Object> save(String yaml) {
    Scenario scenario = parse(yaml);
    applied(scenario);
    SavedScenario saved = new SavedScenario(UUID.randomUUID().toString(), scenario.name(),
        scenario.description() == null ? "" : scenario.description(), Instant.now(), yaml);
    store.save(saved);
    return describe(saved, true);
  }

  /** Lists the saved scenarios, newest first. */
  public Map<String, Object> list() {
    return Map.of("rows", store.scenarios().stream().map(s -> describe(s, false)).toList());
  }

  /** Returns one saved scenario with its text. */
  public Map<String, Object> get(String id) {
    return describe(find(id), true);
  }

  /** Returns the saved scenario's parsed form, for the campaign jobs. */
  public Scenario scenario(String id) {
    return parse(find(id).yaml());
  }

  /** Applies a saved scenario: one row per figure it changes. */
  public Table changes(String id) {
    return applied(scenario(id)).query("id", id);
  }

  private Table applied(Scenario scenario) {
    Table out = new Table("question", "subject", "name", "measure", "baseline", "scenario",
        "change", "status", "basis");
    if (!scenario.forces().isEmpty()) {
      ForceScenario.Result result = checked(() -> ForceScenario.withDefaults().apply(scenario));
      for (FigureChange c : result.changes()) {
        out.row(c.question(), c.subject(), name(c.subject()), c.measure(), c.baseline(),
            c.scenario(), c.change(), "applied", c.basis());
      }
      out.notes("posture baseline: DMDC " + result.quarter() + "; a brigade is 4,500 personnel");
    }
    scenario.spending().forEach(change -> spending(out, change));
    scenario.ordersOfBattle().forEach(edit -> out.row("campaign", edit.theatre(),
        edit.posture() == null ? "baseline posture" : edit.posture(), "order_of_battle", null,
        null, null, "not applied", "for the campaign model: POST /api/campaigns with this "
            + "scenario's id"));
    scenario.withdrawals().forEach(w -> out.row("guarantees", w.state(), name(w.state()),
        "withdrawal_from_" + w.instrument(), null, null, null, "not applied", "the guarantee "
            + "engine does not apply withdrawals yet, so coverage figures are unchanged"));
    return out.notes("scenario: " + scenario.name());
  }

  private void spending(Table out, SpendingChange change) {
    String iso3 = Query.country(ledger.countries(), "spending.country", change.country()).iso3();
    TargetPath base = TargetPath.withDefaults();
    TargetPath changed = base.withTarget(Percent.of(change.targetSharePct()), change.by());
    if (change.gdpGrowthPct() != null) {
      changed = changed.withGrowth(GdpGrowth.flat(change.gdpGrowthPct() / 100.0));
    }
    AllyPath before = base.project(ledger.panel(), ledger.alliance("NATO")).ally(iso3);
    AllyPath after = changed.project(ledger.panel(), ledger.alliance("NATO")).ally(iso3);
    int year = Math.min(change.by(), before.years().get(before.years().size() - 1).year());
    PathYear b = at(before, year);
    PathYear a = at(after, year);
    String basis = "path rule of 'bulwark path' against 3.5% by 2035; from "
        + String.join("; ", after.provenance());
    out.row("spending", iso3, name(iso3), "share_gdp_pct_" + year, b.sharePct(), a.sharePct(),
        a.sharePct() - b.sharePct(), "applied", basis);
    out.row("spending", iso3, name(iso3), "spending_usd_current_m_" + year,
        b.spendingUsdMillion(), a.spendingUsdMillion(),
        a.spendingUsdMillion() - b.spendingUsdMillion(), "applied", basis);
  }

  private static PathYear at(AllyPath path, int year) {
    return path.years().stream().filter(y -> y.year() == year).findFirst()
        .orElse(path.years().get(path.years().size() - 1));
  }

  private SavedScenario find(String id) {
    return store.scenario(id).orElseThrow(() -> ServerException.of(ProblemType.NOT_FOUND, "id",
        id, "no saved scenario with id '" + id + "'; GET /api/scenarios lists them"));
  }

  /** Runs scenario code, naming the body when it refuses the file's content. */
  private static <T> T checked(java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (BulwarkException e) {
      if (e.kind() != BulwarkException.Kind.BAD_INPUT || e instanceof ServerException) {
        throw e;
      }
      throw ServerException.badInput("body", null, e.getMessage(), List.of(), e);
    }
  }

  private static Scenario parse(String yaml) {
    if (yaml == null || yaml.isBlank()) {
      throw ServerException.badInput("body", "", "the body must be a scenario file (YAML, see "
          + "docs/scenarios.md), was empty");
    }
    return checked(() -> ScenarioFile.parse(yaml, "scenario"));
  }

  private String name(String code) {
    return ledger.countries().find(code).map(c -> c.name()).orElse(code);
  }

  private static Map<String, Object> describe(SavedScenario s, boolean withText) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", s.id());
    body.put("name", s.name());
    body.put("description", s.description());
    body.put("created", s.created().toString());
    if (withText) {
      body.put("yaml", s.yaml());
    }
    return body;
  }
}
