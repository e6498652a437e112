package dev.bulwark.burden.aid;

import dev.bulwark.core.aid.AidDonor;
import java.util.Locale;
import java.util.Set;

/**
 * Where a donor stands in the comparison of Europe with the United States. Europe is the EU's 27
 * members and its institutions (the Commission and Council) with the United Kingdom, Norway,
 * Switzerland and Iceland, the grouping of Kiel's reports on Europe against the United States;
 * Türkiye and every donor outside Europe count as other donors (an assumption where Kiel's
 * grouping is not printed; Türkiye's aid is EUR 0.07 bn in Release 29).
 */
public enum AidRegion {
  /** A European state: an EU member, the United Kingdom, Norway, Switzerland or Iceland. */
  EUROPEAN_STATE,
  /** The EU's Commission and Council (aid from the EU budget and EU-level facilities). */
  EU_INSTITUTIONS,
  /** The United States. */
  UNITED_STATES,
  /** Every other donor (Canada, Japan, Australia, South Korea, Türkiye, ...). */
  OTHER;

  private static final Set<String> EUROPEAN_NON_EU = Set.of("GBR", "NOR", "CHE", "ISL");

  /** Returns a donor's region; EU membership is read from the release. */
  public static AidRegion of(AidDonor donor) {
    if (donor.iso3().equals(AidDonor.EU_INSTITUTIONS)) {
      return EU_INSTITUTIONS;
    }
    if (donor.iso3().equals("USA")) {
      return UNITED_STATES;
    }
    return donor.euMember() || EUROPEAN_NON_EU.contains(donor.iso3()) ? EUROPEAN_STATE : OTHER;
  }

  /** Returns whether the region counts as Europe (European states and EU institutions). */
  public boolean european() {
    return this == EUROPEAN_STATE || this == EU_INSTITUTIONS;
  }

  /** Returns the lower-case word used in tables ({@code european_state}). */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
