package dev.bulwark.answers;

import dev.bulwark.core.country.Countries;
import dev.bulwark.data.Ledger;
import dev.bulwark.guarantees.engine.ObligationEngine;
import dev.bulwark.guarantees.geo.Gazetteer;
import dev.bulwark.posture.campaign.ProgressListener;
import dev.bulwark.posture.theatre.Reconciliation;
import dev.bulwark.posture.theatre.TheatrePosture;
import dev.bulwark.answers.scenario.ScenarioLibrary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What questions are answered from: the ledger of editions, the posture ledger, the obligation
 * engine and gazetteer (each opened on first use, so a command that needs only the ledger starts
 * fast), the clock that says what "today" is, where scenarios are found, and where a long run
 * reports its progress. The command line makes one per command; the server one for its life.
 */
public final class AnswerContext {

  private final Supplier<Ledger> ledger;
  private final Supplier<Countries> countries;
  private final Supplier<TheatrePosture> posture;
  private final Supplier<Reconciliation> reconciliation;
  private final Supplier<ObligationEngine> engine;
  private final Supplier<Gazetteer> gazetteer;
  private final Clock clock;
  private final ScenarioLibrary scenarios;
  private final ProgressListener progress;

  private AnswerContext(AnswerContext base, ProgressListener progress) {
    this.ledger = base.ledger;
    this.countries = base.countries;
    this.posture = base.posture;
    this.reconciliation = base.reconciliation;
    this.engine = base.engine;
    this.gazetteer = base.gazetteer;
    this.clock = base.clock;
    this.scenarios = base.scenarios;
    this.progress = progress;
  }

  private AnswerContext(Supplier<Ledger> ledger, Clock clock, ScenarioLibrary scenarios) {
    this.ledger = once(ledger);
    this.countries = once(Countries::bundled);
    this.posture = once(TheatrePosture::withDefaults);
    this.reconciliation = once(() -> Reconciliation.withDefaults().withPosture(posture.get()));
    this.engine = once(ObligationEngine::withDefaults);
    this.gazetteer = once(Gazetteer::bundled);
    this.clock = clock;
    this.scenarios = scenarios;
    this.progress = ProgressListener.NONE;
  }

  /**
   * Returns a context over a ledger (opened on first use), the bundled engines and a clock.
   *
   * @param ledger opens the ledger with the chosen editions
   * @param clock says what today is
   * @param scenarios finds scenarios by the reference a request gives
   */
  public static AnswerContext of(Supplier<Ledger> ledger, Clock clock,
      ScenarioLibrary scenarios) {
    return new AnswerContext(Objects.requireNonNull(ledger), Objects.requireNonNull(clock),
        Objects.requireNonNull(scenarios));
  }

  /** Returns this context with long runs reporting to a listener. */
  public AnswerContext withProgress(ProgressListener listener) {
    return new AnswerContext(this, Objects.requireNonNull(listener));
  }

  /** Returns the ledger of editions. */
  public Ledger ledger() {
    return ledger.get();
  }

  /** Returns the country resolver (the bundled country table, without opening the ledger). */
  public Countries countries() {
    return countries.get();
  }

  /**
   * Returns the English name of a place code: a state's short name, Hawaii for US-HI, Alaska for
   * US-AK, or the code itself when nothing is known of it.
   */
  public String placeName(String code) {
    return switch (code) {
      case "US-HI" -> "Hawaii";
      case "US-AK" -> "Alaska";
      default -> countries().find(code).map(c -> c.name()).orElse(code);
    };
  }

  /** Returns US forces by host and command. */
  public TheatrePosture posture() {
    return posture.get();
  }

  /** Returns the February 2025 claims beside the counts. */
  public Reconciliation reconciliation() {
    return reconciliation.get();
  }

  /** Returns the obligation engine over the bundled treaty base. */
  public ObligationEngine engine() {
    return engine.get();
  }

  /** Returns the gazetteer. */
  public Gazetteer gazetteer() {
    return gazetteer.get();
  }

  /** Returns today's date on this context's clock. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Returns where scenarios are found. */
  public ScenarioLibrary scenarios() {
    return scenarios;
  }

  /** Returns where long runs report their progress. */
  public ProgressListener progress() {
    return progress;
  }

  /** Returns a supplier that computes once, on first use, and then returns the same value. */
  private static <T> Supplier<T> once(Supplier<T> supplier) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T seen = value;
        if (seen == null) {
          synchronized (this) {
            if (value == null) {
              value = supplier.get();
            }
            seen = value;
          }
        }
        return seen;
      }
    };
  }
}
