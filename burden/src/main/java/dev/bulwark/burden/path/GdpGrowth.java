package dev.bulwark.burden.path;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.burden.figures.Quantity;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.burden.figures.YearRange;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Panel;
import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * The nominal growth of GDP in current US$ a path assumes: either one flat rate for every ally or
 * each ally's own compound average growth over a window of years.
 */
public sealed interface GdpGrowth {

  /** Returns the annual growth rate as a fraction (0.03 for 3% a year) for an ally. */
  double rate(Panel panel, SpendingSource source, String iso3);

  /** Returns the assumption in words. */
  String describe();

  /** Returns the flat rate (a fraction, from −0.5 to 1). */
  static GdpGrowth flat(double rate) {
    return new Flat(rate);
  }

  /** Returns each ally's own compound average growth over the window. */
  static GdpGrowth ownHistory(int fromYear, int toYear) {
    return new OwnHistory(new YearRange(fromYear, toYear));
  }

  /**
   * The same rate for every ally.
   *
   * @param rate annual growth as a fraction (0.03 for 3% a year)
   */
  record Flat(double rate) implements GdpGrowth {

    public Flat {
      BurdenException.inRange(rate, -0.5, 1.0, "flat GDP growth rate (fraction a year)");
    }

    @Override
    public double rate(Panel panel, SpendingSource source, String iso3) {
      return rate;
    }

    @Override
    public String describe() {
      return "GDP in current US$ grows "
          + BigDecimal.valueOf(rate).movePointRight(2).stripTrailingZeros().toPlainString()
          + "% a year for every ally";
    }
  }

  /**
   * Each ally's compound average nominal growth of GDP in current US$ over a window:
   * {@code g = (Y_last / Y_first)^(1 / (last − first)) − 1}, with GDP from the path's source
   * (NATO Table 5 in the years of NATO's tables).
   *
   * @param window the years, at least one apart
   */
  record OwnHistory(YearRange window) implements GdpGrowth {

    public OwnHistory {
      BurdenException.require(window != null && window.span() >= 1,
          "GDP growth window must span at least one year, was " + window);
    }

    @Override
    public double rate(Panel panel, SpendingSource source, String iso3) {
      double first = gdp(panel, source, iso3, window.first());
      double last = gdp(panel, source, iso3, window.last());
      return Math.pow(last / first, 1.0 / window.span()) - 1.0;
    }

    private static double gdp(Panel panel, SpendingSource source, String iso3, int year) {
      Indicator series = source.indicator(Quantity.GDP_USD_CURRENT).orElseThrow();
      OptionalDouble value = panel.value(series, iso3, year);
      if (value.isEmpty()) {
        throw BurdenException.badInput("no GDP in current US$ for " + iso3 + " in " + year
            + " from " + source + " (" + series.column() + "); choose a GDP growth window within "
            + panel.years(series).stream().min(Integer::compare).orElse(0) + "-"
            + panel.years(series).stream().max(Integer::compare).orElse(0));
      }
      return value.getAsDouble() * source.scale(Quantity.GDP_USD_CURRENT);
    }

    @Override
    public String describe() {
      return "GDP in current US$ grows at each ally's compound average rate over " + window;
    }
  }
}
