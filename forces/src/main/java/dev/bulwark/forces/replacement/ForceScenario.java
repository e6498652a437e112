package dev.bulwark.forces.replacement;

import dev.bulwark.forces.ForcesException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A scenario file: the force that replaces the US contribution as a study states it, with the
 * study's published totals. Read by {@link ForceScenarios}; the format is specified in
 * docs/replacement-model.md, "Scenario files".
 *
 * @param id the id ({@code iiss-2025})
 * @param title what the scenario is
 * @param study the study, its publisher and date
 * @param currency the currency of its answers, USD or EUR, at the catalogue's price year
 * @param startYear the first year of spending
 * @param horizonYears the years the model runs by default
 * @param replacesPersonnel the US personnel the force replaces
 * @param replacesBasis where that count comes from
 * @param items the units, with quantities
 * @param lines flat annual sums outside the catalogue, if any
 * @param headlines the study's published totals
 */
public record ForceScenario(String id, String title, String study, String currency,
    int startYear, int horizonYears, int replacesPersonnel, String replacesBasis,
    List<Item> items, List<Line> lines, List<Headline> headlines) {

  /**
   * A unit of the catalogue and how many of it.
   *
   * @param unit the unit type's id
   * @param quantity how many (fractions allowed: half a corps set)
   * @param basis whether the study names it, Bulwark assumes it or calibrates it
   * @param note the reasoning, with the study's words or page
   */
  public record Item(String unit, double quantity, Basis basis, String note) {

    public Item {
      ForcesException.require(quantity > 0 && quantity <= 1_000_000, "the quantity of " + unit
          + " must be above 0 and at most 1,000,000, was " + quantity);
      ForcesException.require(basis != null, "the item " + unit + " needs a basis (named, "
          + "assumed or calibrated)");
    }
  }

  /**
   * A flat annual sum, in millions of a currency at a price year, spent each year from one year
   * to another.
   *
   * @param name what it pays for
   * @param amountM millions a year
   * @param currency its currency
   * @param priceYear its price year
   * @param fromYear the first year
   * @param toYear the last year
   * @param basis named, assumed or calibrated
   * @param personnel the service members the sum pays for, counted as added in each year of the
   *     line (0 when omitted)
   * @param note the reasoning
   */
  public record Line(String name, double amountM, String currency, int priceYear, int fromYear,
      int toYear, Basis basis, Integer personnel, String note) {

    public Line {
      personnel = personnel == null ? 0 : personnel;
      ForcesException.require(personnel >= 0, "the line '" + name + "' must pay for 0 or more "
          + "personnel, was " + personnel);
      ForcesException.require(amountM >= 0 && amountM <= 1e7, "the line '" + name + "' must be "
          + "0 to 10,000,000 million a year, was " + amountM);
      ForcesException.require(fromYear <= toYear, "the line '" + name + "' must run from a year "
          + "to a later one, was " + fromYear + " to " + toYear);
      ForcesException.require(basis != null, "the line '" + name + "' needs a basis");
    }
  }

  /**
   * A total the study publishes, and how to compute Bulwark's figure for it ({@link Metric}).
   *
   * @param metric the metric
   * @param label the total in the study's words
   * @param equipment for EQUIPMENT: tanks, ifvs, artillery, combat_aircraft, warships or lr_sam
   * @param years for MEAN_ANNUAL_COST and SHARE_OF_GDP: the first years averaged
   * @param published the published figure (the middle of a published range)
   * @param publishedLow the low end of a published range, or null
   * @param publishedHigh the high end of a published range, or null
   * @param unit the figure's unit in words
   * @param gdpBn for the shares of GDP: the GDP the study divides by, billion
   * @param baselinePct for SHARE_OF_GDP: today's share the extra is added to
   * @param amountBn for STATED_SHARE_OF_GDP: the sum, billion
   * @param source where the figure is published, with the page
   * @param verified whether the figure was read in the study itself (false: as reported)
   */
  public record Headline(Metric metric, String label, String equipment, Integer years,
      double published, Double publishedLow, Double publishedHigh, String unit, Double gdpBn,
      Double baselinePct, Double amountBn, String source, boolean verified) {

    public Headline {
      ForcesException.require(metric != null, "a headline needs a metric");
      ForcesException.require(metric != Metric.EQUIPMENT || equipment != null, "the headline '"
          + label + "' counts equipment and must name it");
      ForcesException.require(metric != Metric.MEAN_ANNUAL_COST && metric != Metric.SHARE_OF_GDP
          || years != null && years >= 1, "the headline '" + label + "' must give years >= 1");
      ForcesException.require(metric != Metric.SHARE_OF_GDP && metric
          != Metric.STATED_SHARE_OF_GDP || gdpBn != null && gdpBn > 0, "the headline '" + label
          + "' must give gdp_bn above 0");
      ForcesException.require(metric != Metric.SHARE_OF_GDP || baselinePct != null, "the "
          + "headline '" + label + "' must give baseline_pct");
      ForcesException.require(metric != Metric.STATED_SHARE_OF_GDP || amountBn != null, "the "
          + "headline '" + label + "' must give amount_bn");
      ForcesException.require((publishedLow == null) == (publishedHigh == null), "the headline '"
          + label + "' must give both ends of its range or neither");
    }
  }

  public ForceScenario {
    ForcesException.require(id != null && id.matches("[a-z0-9][a-z0-9-]*"), "a scenario id must "
        + "be lower-case letters, digits and hyphens, was '" + id + "'");
    ForcesException.require("USD".equals(currency) || "EUR".equals(currency), "currency must be "
        + "USD or EUR, was '" + currency + "'");
    ForcesException.require(startYear >= 2000 && startYear <= 2100, "start_year must be 2000 to "
        + "2100, was " + startYear);
    ForcesException.require(horizonYears >= 1 && horizonYears <= 60, "horizon_years must be 1 to "
        + "60, was " + horizonYears);
    ForcesException.require(replacesPersonnel > 0, "replaces_personnel must be above 0, was "
        + replacesPersonnel);
    ForcesException.require(items != null && !items.isEmpty(), "a scenario needs items");
    items = List.copyOf(items);
    lines = lines == null ? List.of() : List.copyOf(lines);
    headlines = headlines == null ? List.of() : List.copyOf(headlines);
    Set<String> seen = new HashSet<>();
    for (Item item : items) {
      ForcesException.require(seen.add(item.unit()), "the unit " + item.unit() + " is listed "
          + "twice; give one item with the sum");
    }
  }
}
