package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distributions of a theatre's uncertain parameters, addressed by name, in the order of the
 * theatre's parameter table (the order in which a replication draws them).
 *
 * <pre>{@code
 * Uncertainty base = Uncertainty.forPosture(theatre, posture);        // table, posture's air
 * Uncertainty slow = base.with("road_march", Triangular.fixed(4));
 * }</pre>
 */
public final class Uncertainty {

  private final Map<String, Triangular> distributions;

  private Uncertainty(Map<String, Triangular> distributions) {
    Triangular delay = distributions.get(CampaignModel.PARAMETERS.get(CampaignModel.DELTA));
    if (delay != null) {
      CampaignModel.requireDelay(delay.low(), delay.high());
    }
    this.distributions = Collections.unmodifiableMap(distributions);
  }

  /**
   * Returns the theatre's parameter table, with the posture's air support in place of the
   * table's {@value CampaignModel#AIR_SUPPORT} row and, in a Taiwan Strait posture, its
   * resistance and stock days in place of the rows {@value StraitDefence#RESISTANCE} and {@value
   * StraitDefence#STOCK_DAYS}.
   */
  public static Uncertainty forPosture(Theatre theatre, Posture posture) {
    PostureException.require(theatre != null && posture != null,
        "theatre and posture must be given, were " + theatre + " and " + posture);
    Map<String, Triangular> map = new LinkedHashMap<>();
    theatre.parameters().forEach(p -> map.put(p.name(), p.distribution()));
    map.replace(CampaignModel.AIR_SUPPORT, posture.airSupport());
    if (posture.strait() != null) {
      map.replace(StraitDefence.RESISTANCE, posture.strait().resistance());
      map.replace(StraitDefence.STOCK_DAYS, posture.strait().stockDays());
    }
    return new Uncertainty(map);
  }

  /**
   * Returns a copy in which the parameter {@code name} follows {@code distribution}.
   *
   * @throws PostureException of kind BAD_INPUT for a name the theatre's table lacks
   */
  public Uncertainty with(String name, Triangular distribution) {
    PostureException.require(distribution != null, "distribution of parameter '" + name
        + "' must be given, was null");
    of(name);
    Map<String, Triangular> map = new LinkedHashMap<>(distributions);
    map.put(name, distribution);
    return new Uncertainty(map);
  }

  /**
   * Returns the distribution of the parameter {@code name}.
   *
   * @throws PostureException of kind BAD_INPUT for a name the theatre's table lacks
   */
  public Triangular of(String name) {
    Triangular distribution = distributions.get(name);
    if (distribution == null) {
      throw PostureException.badInput("unknown parameter '" + name + "': expected one of "
          + names());
    }
    return distribution;
  }

  /** The parameters' names, in the order of the theatre's table. */
  public List<String> names() {
    return List.copyOf(distributions.keySet());
  }

  /** Every parameter's distribution by name, in the order of the theatre's table. */
  public Map<String, Triangular> distributions() {
    return distributions;
  }
}
