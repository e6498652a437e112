package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The distributions of the campaign model's uncertain parameters, one per {@link Parameter}.
 *
 * <pre>{@code
 * Uncertainty base = Uncertainty.forPosture(posture);                  // defaults, posture's air
 * Uncertainty slow = base.with(Parameter.ROAD_MARCH, Triangular.fixed(4));
 * }</pre>
 */
public final class Uncertainty {

  private final EnumMap<Parameter, Triangular> distributions;

  private Uncertainty(EnumMap<Parameter, Triangular> distributions) {
    this.distributions = distributions;
  }

  /** Returns the default distributions, with the posture's air support. */
  public static Uncertainty forPosture(Posture posture) {
    PostureException.require(posture != null, "posture must be given, was null");
    EnumMap<Parameter, Triangular> map = new EnumMap<>(Parameter.class);
    for (Parameter parameter : Parameter.values()) {
      map.put(parameter, parameter.fallback());
    }
    map.put(Parameter.AIR_SUPPORT, posture.airSupport());
    return new Uncertainty(map);
  }

  /** Returns a copy in which {@code parameter} follows {@code distribution}. */
  public Uncertainty with(Parameter parameter, Triangular distribution) {
    PostureException.require(parameter != null && distribution != null,
        "parameter and distribution must be given, were " + parameter + " and " + distribution);
    EnumMap<Parameter, Triangular> map = new EnumMap<>(distributions);
    map.put(parameter, distribution);
    return new Uncertainty(map);
  }

  /** Returns the distribution of {@code parameter}. */
  public Triangular of(Parameter parameter) {
    return distributions.get(parameter);
  }

  /** Every parameter's distribution, in the order of {@link Parameter}. */
  public Map<Parameter, Triangular> distributions() {
    return Map.copyOf(distributions);
  }
}
