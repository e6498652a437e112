package dev.bulwark.core.aid;

import dev.bulwark.core.BadInputException;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Source;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One release of the Kiel Institute's Ukraine Support Tracker: its donors, their aid month by
 * month, military aid by channel and heavy weapons delivered. Rows are kept sorted (donor, month;
 * month, channel; donor, category), so two derivations of the same files compare equal.
 *
 * <p>Cite as: Trebesch, C. et al., "The Ukraine Support Tracker: Which countries help Ukraine and
 * how?", Kiel Working Paper 2218, Kiel Institute for the World Economy, with updates.
 *
 * @param edition the release ({@code Kiel 29}), its title and publication date
 * @param derivedBy the importer that produced it (a class name)
 * @param lastMonth the last month of data the release covers
 * @param donors every donor, by code
 * @param months aid by donor and month; months without activity are absent (zero)
 * @param channels military aid of all donors by month and channel
 * @param weapons heavy weapons delivered by donor and category
 */
public record AidRelease(Edition edition, String derivedBy, YearMonth lastMonth,
    List<AidDonor> donors, List<AidMonth> months, List<ChannelMonth> channels,
    List<WeaponsDelivery> weapons) {

  /** The citation the Kiel Institute asks for. */
  public static final String CITATION = "Trebesch, C. et al., The Ukraine Support Tracker:"
      + " Which countries help Ukraine and how?, Kiel Working Paper 2218, Kiel Institute for the"
      + " World Economy, with updates";

  public AidRelease {
    BadInputException.require(edition != null && edition.source() == Source.KIEL,
        "an aid release must be an edition of Kiel's tracker, was " + edition);
    BadInputException.require(derivedBy != null && !derivedBy.isBlank() && lastMonth != null,
        "an aid release needs derived_by and its last month");
    donors = donors.stream().sorted(Comparator.comparing(AidDonor::iso3)).toList();
    months = months.stream().sorted(Comparator.comparing(AidMonth::iso3)
        .thenComparing(AidMonth::month)).toList();
    channels = channels.stream().sorted(Comparator.comparing(ChannelMonth::month)
        .thenComparing(ChannelMonth::channel)).toList();
    weapons = weapons.stream().sorted(Comparator.comparing(WeaponsDelivery::iso3)
        .thenComparing(WeaponsDelivery::category)).toList();
    Set<String> known = donors.stream().map(AidDonor::iso3).collect(Collectors.toSet());
    BadInputException.require(known.size() == donors.size(), () -> "donor listed twice in "
        + edition.citation());
    Set<String> seen = new HashSet<>();
    for (AidMonth m : months) {
      BadInputException.require(known.contains(m.iso3()), () -> "aid of unknown donor "
          + m.iso3() + " in " + edition.citation());
      BadInputException.require(seen.add(m.iso3() + m.month()), () -> "aid of " + m.iso3()
          + " in " + m.month() + " listed twice in " + edition.citation());
      BadInputException.require(!m.month().isAfter(lastMonth), () -> "aid of " + m.iso3()
          + " in " + m.month() + " is after the release's last month " + lastMonth);
    }
  }

  /** Returns a donor by code. */
  public Optional<AidDonor> donor(String iso3) {
    return donors.stream().filter(d -> d.iso3().equals(iso3)).findFirst();
  }

  /** Returns the donors by code. */
  public Map<String, AidDonor> donorsByCode() {
    return donors.stream().collect(Collectors.toMap(AidDonor::iso3, Function.identity()));
  }

  /** Returns the first month with aid, or the last month when there is none. */
  public YearMonth firstMonth() {
    return months.stream().map(AidMonth::month).min(Comparator.naturalOrder()).orElse(lastMonth);
  }
}
