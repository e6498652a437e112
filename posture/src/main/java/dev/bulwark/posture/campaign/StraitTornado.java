package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-at-a-time sensitivity of the Taiwan Strait model, as {@link Tornado} does it for a land
 * theatre: each uncertain parameter fixed at its low and at its high, the others drawn, the base
 * and every bar end in one pass with common random numbers ({@link
 * StraitSimulation#runTogether}). Bars are ordered by the swing of the chance the invasion is
 * defeated, then of the chance the capital is taken. Cost: one pass of draws; the model for 2
 * cases per uncertain parameter plus the base.
 *
 * @param base the answer with every parameter drawn
 * @param bars the bars, widest swing first
 */
public record StraitTornado(StraitResult base, List<StraitTornadoBar> bars) {

  public StraitTornado {
    bars = List.copyOf(bars);
  }

  /** Runs the tornado of the posture in the amphibious theatre with the simulation's settings. */
  public static StraitTornado analyse(StraitSimulation simulation, Theatre theatre,
      Posture posture) {
    PostureException.require(simulation != null && theatre != null && posture != null,
        "simulation, theatre and posture must be given");
    Uncertainty base = Uncertainty.forPosture(theatre, posture);
    List<String> read = StraitModel.parameterNames(theatre);
    List<Parameter> uncertain = theatre.parameters().stream()
        .filter(p -> read.contains(p.name()))
        .filter(p -> base.of(p.name()).low() != base.of(p.name()).high()).toList();
    List<CampaignCase> cases = new ArrayList<>(List.of(new CampaignCase(posture, base)));
    for (Parameter p : uncertain) {
      Triangular range = base.of(p.name());
      cases.add(new CampaignCase(posture, base.with(p.name(), Triangular.fixed(range.low()))));
      cases.add(new CampaignCase(posture, base.with(p.name(), Triangular.fixed(range.high()))));
    }
    List<StraitResult> results = simulation.runTogether(theatre, cases);
    List<StraitTornadoBar> bars = new ArrayList<>();
    for (int i = 0; i < uncertain.size(); i++) {
      Triangular range = base.of(uncertain.get(i).name());
      StraitResult low = results.get(1 + 2 * i);
      StraitResult high = results.get(2 + 2 * i);
      bars.add(new StraitTornadoBar(uncertain.get(i), range.low(), range.high(),
          low.probability(StraitOutcome.INVASION_DEFEATED),
          high.probability(StraitOutcome.INVASION_DEFEATED),
          low.probability(StraitOutcome.CAPITAL_TAKEN),
          high.probability(StraitOutcome.CAPITAL_TAKEN)));
    }
    bars.sort(Comparator.comparingDouble(StraitTornadoBar::defeatedSwing)
        .thenComparingDouble(StraitTornadoBar::capitalSwing).reversed());
    return new StraitTornado(results.get(0), bars);
  }
}
