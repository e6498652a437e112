package dev.bulwark.answers.export;

import dev.bulwark.core.aid.AidDonor;
import dev.bulwark.core.aid.AidMonth;
import dev.bulwark.core.aid.AidRelease;
import dev.bulwark.core.aid.ChannelMonth;
import dev.bulwark.core.aid.WeaponsDelivery;
import dev.bulwark.core.panel.Source;
import dev.bulwark.data.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The aid ledger's part of the package: every available release of Kiel's Ukraine Support
 * Tracker, bundled or imported, as four tidy files: donors, aid by donor and month, military aid
 * by channel and month, and heavy weapons delivered. Each row names its release.
 */
final class AidResources {

  private static final String EUR_BN = "billion current EUR";

  private AidResources() {
  }

  /** Returns the aid resources over every available release. */
  static List<Resource> of(Ledger ledger) {
    List<AidRelease> releases = ledger.aidReleases().stream()
        .map(e -> ledger.aidRelease(e.id())).toList();
    List<String> sources = releases.stream().map(r -> r.edition().citation() + ": "
        + r.edition().title() + ", published " + r.edition().published() + "; cite "
        + AidRelease.CITATION).toList();
    Resource donors = resource("aid_donors", "The donors of each release of Kiel's Ukraine"
        + " Support Tracker with the GDP its shares divide by", sources,
        Field.text("iso3", "the donor, ISO 3166-1 alpha-3 (EUU: the EU's Commission and"
            + " Council)"),
        Field.text("name", "the donor's name as Kiel prints it"),
        Field.number("gdp_2021_eur_bn", EUR_BN, "the donor's GDP in 2021, Kiel's denominator;"
            + " 0 for the EU institutions"),
        Field.number("eu_attributed_eur_bn", EUR_BN, "for an EU member, the EU institutions'"
            + " aid attributed to it by its budget share (whole period); empty otherwise"));
    Resource months = resource("aid_months", "Aid to Ukraine allocated and committed by donor"
        + " and month; months without activity are absent and mean 0", sources,
        Field.text("iso3", "the donor, as aid_donors.csv names it"),
        Field.text("month", "the month, yyyy-mm"),
        Field.number("military_eur_bn", EUR_BN, "military aid allocated"),
        Field.number("financial_eur_bn", EUR_BN, "financial aid allocated"),
        Field.number("humanitarian_eur_bn", EUR_BN, "humanitarian aid allocated"),
        Field.number("total_eur_bn", EUR_BN, "military + financial + humanitarian"),
        Field.number("committed_eur_bn", EUR_BN, "aid committed"),
        Field.number("to_be_allocated_eur_bn", EUR_BN, "commitments not yet allocated"),
        Field.number("pct_gdp", "% of 2021 GDP", "total over 2021 GDP; empty for the EU"
            + " institutions"));
    Resource channels = resource("aid_channels", "All donors' military aid to Ukraine by month"
        + " and channel (stocks, procured, unspecified, NATO's PURL)", sources,
        Field.text("month", "the month, yyyy-mm"),
        Field.text("channel", "stocks, procured, unspecified or nato_purl"),
        Field.number("military_eur_bn", EUR_BN, "military aid through the channel"));
    Resource weapons = resource("aid_weapons", "Heavy weapons delivered to Ukraine by donor and"
        + " category over a release's period", sources,
        Field.text("iso3", "the donor"), Field.text("category", "Kiel's category"),
        Field.integer("units", "systems", "systems delivered"),
        Field.number("value_eur", "current EUR", "their value at Kiel's prices (euros)"),
        Field.text("items", "the systems by model with counts"));
    for (AidRelease r : releases) {
      String id = r.edition().id();
      for (AidDonor d : r.donors()) {
        donors.row(id, d.iso3(), d.name(), d.gdpEurBn(), d.euAttributedEurBn().isPresent()
            ? d.euAttributedEurBn().getAsDouble() : null);
      }
      Map<String, AidDonor> byCode = r.donorsByCode();
      for (AidMonth m : r.months()) {
        double gdp = byCode.get(m.iso3()).gdpEurBn();
        months.row(id, m.iso3(), m.month().toString(), m.military(), m.financial(),
            m.humanitarian(), m.total(), m.committed(), m.toBeAllocated(),
            gdp > 0 ? 100 * m.total() / gdp : null);
      }
      for (ChannelMonth c : r.channels()) {
        channels.row(id, c.month().toString(), c.channel().word(), c.eurBn());
      }
      for (WeaponsDelivery w : r.weapons()) {
        weapons.row(id, w.iso3(), w.category(), w.units(), w.valueEur(), w.items());
      }
    }
    return List.of(donors, months, channels, weapons);
  }

  private static Resource resource(String name, String description, List<String> sources,
      Field... fields) {
    List<Field> all = new ArrayList<>(List.of(Field.text("release",
        "the release of Kiel's tracker (29 = Release 29, data to April 2026)")));
    all.addAll(List.of(fields));
    return new Resource(name, description, sources, List.of(Licence.of(Source.KIEL)), all);
  }
}
