package dev.bulwark.core.panel;

import dev.bulwark.core.BadInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * An immutable store of country-year observations, one edition per source.
 *
 * <p>Lookups by indicator, country and year are two hash probes and an array index. A value
 * absent from the source is absent here: there are no zeros standing in for missing figures.
 * A source's values may be given as a loader ({@link Builder#edition(Edition, Consumer)}), run
 * once, on the first question about one of its indicators: a short command that reads NATO's
 * tables then never parses SIPRI's 35,000 values.
 */
public final class Panel {

  private final Map<Source, Edition> editions;
  private final Map<Source, Values> sources;

  private Panel(Map<Source, Edition> editions, Map<Source, Values> sources) {
    this.editions = editions;
    this.sources = sources;
  }

  /** Starts an empty panel. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the value, or empty when the source has none for that country and year. */
  public OptionalDouble value(Indicator indicator, String iso3, int year) {
    Series s = seriesOf(indicator, iso3);
    return s == null ? OptionalDouble.empty() : s.value(year);
  }

  /** Returns the observation with its provenance, or empty when there is none. */
  public Optional<Observation> observation(Indicator indicator, String iso3, int year) {
    Series s = seriesOf(indicator, iso3);
    if (s == null || s.value(year).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Observation(iso3, year, indicator, s.value(year).getAsDouble(),
        s.flag(year), editions.get(indicator.source())));
  }

  /** Returns the countries (and aggregates) with at least one value of this indicator, sorted. */
  public Set<String> countries(Indicator indicator) {
    return new TreeSet<>(series(indicator).keySet());
  }

  /** Returns the years with at least one value of this indicator, sorted. */
  public Set<Integer> years(Indicator indicator) {
    Set<Integer> years = new TreeSet<>();
    for (Series s : series(indicator).values()) {
      for (int i = 0; i < s.values.length; i++) {
        if (!Double.isNaN(s.values[i])) {
          years.add(s.firstYear + i);
        }
      }
    }
    return years;
  }

  /** Returns the edition this panel holds for a source, if it holds one. */
  public Optional<Edition> edition(Source source) {
    return Optional.ofNullable(editions.get(source));
  }

  /** Returns the editions in this panel, one per source. */
  public Collection<Edition> editions() {
    return List.copyOf(editions.values());
  }

  /** Returns every observation of one indicator, by country then year. */
  public List<Observation> observations(Indicator indicator) {
    List<Observation> out = new ArrayList<>();
    for (String iso3 : countries(indicator)) {
      Series s = seriesOf(indicator, iso3);
      for (int i = 0; i < s.values.length; i++) {
        if (!Double.isNaN(s.values[i])) {
          out.add(new Observation(iso3, s.firstYear + i, indicator, s.values[i], s.flags[i],
              editions.get(indicator.source())));
        }
      }
    }
    return out;
  }

  /** Returns the number of observations held (loading every source's values). */
  public int size() {
    int n = 0;
    for (Indicator indicator : Indicator.values()) {
      for (Series s : series(indicator).values()) {
        for (double v : s.values) {
          n += Double.isNaN(v) ? 0 : 1;
        }
      }
    }
    return n;
  }

  private Series seriesOf(Indicator indicator, String iso3) {
    return series(indicator).get(iso3);
  }

  private Map<String, Series> series(Indicator indicator) {
    Values values = sources.get(indicator.source());
    return values == null ? Map.of() : values.of(indicator);
  }

  /** A source's series by indicator and country, frozen now or loaded on first use. */
  private static final class Values {
    private final Edition edition;
    private Consumer<Builder> loader;
    private volatile Map<Indicator, Map<String, Series>> series;

    Values(Map<Indicator, Map<String, Series>> series) {
      this.edition = null;
      this.series = series;
    }

    Values(Edition edition, Consumer<Builder> loader) {
      this.edition = edition;
      this.loader = loader;
    }

    Map<String, Series> of(Indicator indicator) {
      Map<Indicator, Map<String, Series>> loaded = series;
      if (loaded == null) {
        loaded = load();
      }
      return loaded.getOrDefault(indicator, Map.of());
    }

    private synchronized Map<Indicator, Map<String, Series>> load() {
      if (series == null) {
        Builder builder = new Builder();
        builder.edition(edition);
        loader.accept(builder);
        BadInputException.require(builder.loaders.isEmpty() && builder.editions.size() == 1,
            () -> "the loader of " + edition.citation() + " may add values of its source only");
        series = builder.frozen().getOrDefault(edition.source(), Map.of());
        loader = null;
      }
      return series;
    }
  }

  /** One country's values of one indicator, indexed by year. */
  private static final class Series {
    final int firstYear;
    final double[] values;
    final Flag[] flags;

    Series(int firstYear, double[] values, Flag[] flags) {
      this.firstYear = firstYear;
      this.values = values;
      this.flags = flags;
    }

    OptionalDouble value(int year) {
      int i = year - firstYear;
      return i < 0 || i >= values.length || Double.isNaN(values[i])
          ? OptionalDouble.empty() : OptionalDouble.of(values[i]);
    }

    Flag flag(int year) {
      return flags[year - firstYear];
    }
  }

  /** Collects observations; {@link #build()} checks for duplicates and freezes them. */
  public static final class Builder {
    private final Map<Source, Edition> editions = new EnumMap<>(Source.class);
    private final Map<Source, Consumer<Builder>> loaders = new EnumMap<>(Source.class);
    private final Map<Indicator, Map<String, Map<Integer, double[]>>> raw = new EnumMap<>(Indicator.class);

    private Builder() {
    }

    /** Declares the edition that all later values of its source come from. */
    public Builder edition(Edition edition) {
      Edition previous = editions.putIfAbsent(edition.source(), edition);
      BadInputException.require(previous == null || previous.equals(edition),
          "a panel holds one edition per source; " + edition.source().shortName() + " has "
              + (previous == null ? "" : previous.id()) + " and " + edition.id());
      return this;
    }

    /**
     * Declares an edition whose values {@code loader} adds, to a builder of its own, when the
     * panel is first asked about one of the source's indicators; it runs at most once.
     */
    public Builder edition(Edition edition, Consumer<Builder> loader) {
      BadInputException.require(loader != null, "the loader of " + edition.citation()
          + " must be given");
      edition(edition);
      loaders.put(edition.source(), loader);
      return this;
    }

    /**
     * Adds one value.
     *
     * @throws BadInputException when the value is not finite, the source's edition is not
     *     declared or its values come from a loader, or the same indicator, country and year is
     *     added twice
     */
    public Builder add(Indicator indicator, String iso3, int year, double value, Flag flag) {
      BadInputException.require(editions.containsKey(indicator.source()),
          () -> "declare the " + indicator.source().shortName()
              + " edition before adding its values");
      BadInputException.require(!loaders.containsKey(indicator.source()),
          () -> "the " + indicator.source().shortName() + " values come from its loader");
      BadInputException.require(Double.isFinite(value), () -> indicator.column() + " for " + iso3
          + " " + year + " must be a finite number, was " + value);
      double[] previous = raw.computeIfAbsent(indicator, k -> new HashMap<>())
          .computeIfAbsent(iso3, k -> new HashMap<>())
          .put(year, new double[] {value, flag.ordinal()});
      BadInputException.require(previous == null,
          () -> "duplicate value of " + indicator.column() + " for " + iso3 + " in " + year);
      return this;
    }

    /** Freezes the panel. */
    public Panel build() {
      Map<Source, Values> sources = new EnumMap<>(Source.class);
      frozen().forEach((source, series) -> sources.put(source, new Values(series)));
      loaders.forEach((source, loader) -> sources.put(source,
          new Values(editions.get(source), loader)));
      return new Panel(Map.copyOf(editions), sources);
    }

    /** The values added so far, frozen into series, by source and indicator. */
    private Map<Source, Map<Indicator, Map<String, Series>>> frozen() {
      Map<Source, Map<Indicator, Map<String, Series>>> frozen = new EnumMap<>(Source.class);
      Flag[] flagValues = Flag.values();
      raw.forEach((indicator, byCountry) -> {
        Map<String, Series> out = new HashMap<>(byCountry.size() * 2);
        byCountry.forEach((iso3, byYear) -> {
          int first = byYear.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
          int last = byYear.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
          double[] values = new double[last - first + 1];
          Flag[] flags = new Flag[values.length];
          Arrays.fill(values, Double.NaN);
          Arrays.fill(flags, Flag.REPORTED);
          byYear.forEach((year, pair) -> {
            values[year - first] = pair[0];
            flags[year - first] = flagValues[(int) pair[1]];
          });
          out.put(iso3, new Series(first, values, flags));
        });
        frozen.computeIfAbsent(indicator.source(), k -> new EnumMap<>(Indicator.class))
            .put(indicator, Map.copyOf(out));
      });
      return frozen;
    }
  }
}
