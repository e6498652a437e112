package dev.bulwark.guarantees.weight;

import dev.bulwark.core.panel.Panel;
import dev.bulwark.guarantees.GuaranteesException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The summed capacity of a set of states, with and without the United States.
 *
 * <p>{@code usSharePct = 100 × milex(USA) / Σ milex} (0 when the US is not among them; NaN when
 * the sum is 0). Personnel sums count only states with NATO personnel figures. A sum that adds
 * NATO-definition and SIPRI-definition figures says so ({@link #definitionLabel()}), and the
 * states whose figure is an estimate are named ({@link #estimated()}).
 *
 * @param states the states, in the order given
 * @param capacities the capacity found for each state that has one
 * @param missing states no source has a figure for
 * @param milexUsdMillion Σ military expenditure, million current US$
 * @param milexNonUsUsdMillion the same without the United States
 * @param usSharePct the US share of the sum, percent
 * @param personnelThousand Σ military personnel, thousands (NATO allies only)
 * @param personnelNonUsThousand the same without the United States
 */
public record Tally(List<String> states, List<Capacity> capacities, List<String> missing,
    double milexUsdMillion, double milexNonUsUsdMillion, double usSharePct,
    double personnelThousand, double personnelNonUsThousand) {

  /** The United States' code. */
  public static final String USA = "USA";

  public Tally {
    GuaranteesException.require(states != null && capacities != null && missing != null,
        "a tally needs its states, capacities and missing states");
    states = List.copyOf(states);
    capacities = List.copyOf(capacities);
    missing = List.copyOf(missing);
  }

  /**
   * Sums the capacities of the states in the year (or the latest before it).
   *
   * @param ally which states were NATO allies on the day asked about (see {@link Capacity})
   * @param source NATO's tables for allies, or SIPRI for every state
   */
  public static Tally of(Panel panel, List<String> states, int year, Predicate<String> ally,
      CapacitySource source) {
    List<Capacity> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String iso3 : states) {
      Optional<Capacity> capacity = Capacity.of(panel, iso3, year, ally.test(iso3), source);
      capacity.ifPresentOrElse(found::add, () -> missing.add(iso3));
    }
    double milex = found.stream().mapToDouble(Capacity::milexUsdMillion).sum();
    double us = found.stream().filter(c -> c.iso3().equals(USA))
        .mapToDouble(Capacity::milexUsdMillion).sum();
    double personnel = found.stream().mapToDouble(c -> c.personnelThousand().orElse(0)).sum();
    double usPersonnel = found.stream().filter(c -> c.iso3().equals(USA))
        .mapToDouble(c -> c.personnelThousand().orElse(0)).sum();
    return new Tally(states, found, missing, milex, milex - us,
        milex == 0 ? Double.NaN : 100 * us / milex, personnel, personnel - usPersonnel);
  }

  /** The definitions the summed figures follow, NATO's first. */
  public Set<CapacitySource> definitions() {
    Set<CapacitySource> definitions = EnumSet.noneOf(CapacitySource.class);
    capacities.forEach(c -> definitions.add(c.definition()));
    return definitions;
  }

  /**
   * The label of the sum's definition: {@code nato}, {@code sipri}, or {@code nato+sipri} when
   * it adds figures of both definitions (empty when no state has a figure).
   */
  public String definitionLabel() {
    return definitions().stream().map(CapacitySource::id).collect(Collectors.joining("+"));
  }

  /** The states whose figure in the sum is the source's estimate, in the order given. */
  public List<String> estimated() {
    return capacities.stream().filter(Capacity::estimate).map(Capacity::iso3).toList();
  }

  /** Returns whether any guarantor has a personnel figure (NATO allies only); if none, the
   * personnel sums are missing, not zero. */
  public boolean personnelKnown() {
    return capacities.stream().anyMatch(c -> c.personnelThousand().isPresent());
  }
}
