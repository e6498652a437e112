package dev.bulwark.burden;

import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.alliance.Membership;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Flag;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.core.panel.Source;
import java.time.LocalDate;
import java.util.List;

/**
 * A small made-up alliance whose figures are round enough to derive every result by hand.
 *
 * <p>Members: USA, ISL (founders, 1949), DEU (1955), ESP (1982), POL (1999), SWE (7 March 2024).
 * NATO-style figures for 2023 and 2024 (2024 flagged estimate), SIPRI-style figures for 1995.
 * Iceland has GDP but no defence spending, as in NATO's tables.
 *
 * <pre>
 * 2024e  share%  spend $m  GDP $m  equip%  personnel k
 * USA    3.5     1000      28000   30      1300
 * POL    4.0     40        1000    50      200
 * DEU    2.1     100       5000    28      180
 * SWE    2.0     12        600     19.99   24
 * ESP    1.3     20        1600    19      120
 * ISL    -       -         30      -       -
 *
 * 2023   share%  spend $m  GDP $m
 * USA    3.3     900       27000
 * POL    3.9     30        800
 * DEU    1.6     70        4400
 * SWE    1.5     9         590     (not yet a member)
 * ESP    1.2     18        1500
 * ISL    -       -         28
 *
 * 1995 (SIPRI share %, SIPRI milex $m, World Bank GDP $)
 * USA    3.8     278000    7.6e12
 * DEU    1.6     41000     2.6e12
 * ESP    1.4     8500      6.1e11
 * </pre>
 */
public final class SmallAlliance {

  public static final Edition NATO = new Edition(Source.NATO, "2024", "Defence Expenditure of NATO Countries (2014-2024)",
      LocalDate.of(2024, 6, 17), "test tables");
  public static final Edition SIPRI = new Edition(Source.SIPRI, "2025-04", "SIPRI Military Expenditure Database",
      LocalDate.of(2025, 4, 28), "test workbook");
  public static final Edition WORLD_BANK = new Edition(Source.WORLD_BANK, "2025-01", "World Development Indicators",
      LocalDate.of(2025, 1, 28), "test csv");

  private SmallAlliance() {
  }

  /** Returns the alliance. */
  public static Alliance alliance() {
    return new Alliance("TEST", "Test alliance", List.of(
        new Membership("USA", LocalDate.of(1949, 8, 24), null),
        new Membership("ISL", LocalDate.of(1949, 8, 24), null),
        new Membership("DEU", LocalDate.of(1955, 5, 6), null),
        new Membership("ESP", LocalDate.of(1982, 5, 30), null),
        new Membership("POL", LocalDate.of(1999, 3, 12), null),
        new Membership("SWE", LocalDate.of(2024, 3, 7), null)), "made up for tests");
  }

  /** Returns the panel of the table above. */
  public static Panel panel() {
    Panel.Builder b = Panel.builder().edition(NATO).edition(SIPRI).edition(WORLD_BANK);
    nato(b, 2024, Flag.ESTIMATE, "USA", 3.5, 1000, 28000);
    nato(b, 2024, Flag.ESTIMATE, "POL", 4.0, 40, 1000);
    nato(b, 2024, Flag.ESTIMATE, "DEU", 2.1, 100, 5000);
    nato(b, 2024, Flag.ESTIMATE, "SWE", 2.0, 12, 600);
    nato(b, 2024, Flag.ESTIMATE, "ESP", 1.3, 20, 1600);
    nato(b, 2023, Flag.REPORTED, "USA", 3.3, 900, 27000);
    nato(b, 2023, Flag.REPORTED, "POL", 3.9, 30, 800);
    nato(b, 2023, Flag.REPORTED, "DEU", 1.6, 70, 4400);
    nato(b, 2023, Flag.REPORTED, "SWE", 1.5, 9, 590);
    nato(b, 2023, Flag.REPORTED, "ESP", 1.2, 18, 1500);
    b.add(Indicator.NATO_GDP_USD_CURRENT, "ISL", 2024, 30, Flag.ESTIMATE);
    b.add(Indicator.NATO_GDP_USD_CURRENT, "ISL", 2023, 28, Flag.REPORTED);
    String[] allies = {"USA", "POL", "DEU", "SWE", "ESP"};
    double[] equipment = {30, 50, 28, 19.99, 19};
    double[] personnel = {1300, 200, 180, 24, 120};
    for (int i = 0; i < allies.length; i++) {
      b.add(Indicator.NATO_EQUIPMENT_SHARE, allies[i], 2024, equipment[i], Flag.ESTIMATE);
      b.add(Indicator.NATO_MILITARY_PERSONNEL, allies[i], 2024, personnel[i], Flag.ESTIMATE);
      b.add(Indicator.NATO_DEFEXP_PER_CAPITA_CONSTANT, allies[i], 2024, 100.0 * (i + 1), Flag.ESTIMATE);
    }
    sipri(b, "USA", 3.8, 278000, 7.6e12);
    sipri(b, "DEU", 1.6, 41000, 2.6e12);
    sipri(b, "ESP", 1.4, 8500, 6.1e11);
    b.add(Indicator.SIPRI_MILEX_CURRENT, "ISL", 1995, 1.0, Flag.ESTIMATE);
    b.add(Indicator.WB_GDP_USD_CURRENT, "ISL", 1995, 7.1e9, Flag.REPORTED);
    return b.build();
  }

  /** Returns a 2024 panel where USA and POL both spend 3.0% and DEU 2.0%. */
  public static Panel panelWithTie() {
    Panel.Builder b = Panel.builder().edition(NATO);
    nato(b, 2024, Flag.ESTIMATE, "USA", 3.0, 900, 30000);
    nato(b, 2024, Flag.ESTIMATE, "POL", 3.0, 30, 1000);
    nato(b, 2024, Flag.ESTIMATE, "DEU", 2.0, 100, 5000);
    return b.build();
  }

  /** Returns a 2024 panel with figures for POL and DEU but not for the United States. */
  public static Panel panelWithoutUs() {
    Panel.Builder b = Panel.builder().edition(NATO);
    nato(b, 2024, Flag.ESTIMATE, "POL", 4.0, 40, 1000);
    nato(b, 2024, Flag.ESTIMATE, "DEU", 2.1, 100, 5000);
    return b.build();
  }

  private static void nato(Panel.Builder b, int year, Flag flag, String iso3, double share,
      double spending, double gdp) {
    b.add(Indicator.NATO_DEFEXP_SHARE_GDP, iso3, year, share, flag);
    b.add(Indicator.NATO_DEFEXP_USD_CURRENT, iso3, year, spending, flag);
    b.add(Indicator.NATO_GDP_USD_CURRENT, iso3, year, gdp, flag);
  }

  private static void sipri(Panel.Builder b, String iso3, double share, double milex, double gdpUsd) {
    b.add(Indicator.SIPRI_MILEX_SHARE_GDP, iso3, 1995, share, Flag.REPORTED);
    b.add(Indicator.SIPRI_MILEX_CURRENT, iso3, 1995, milex, Flag.REPORTED);
    b.add(Indicator.WB_GDP_USD_CURRENT, iso3, 1995, gdpUsd, Flag.REPORTED);
  }
}
