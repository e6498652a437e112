package dev.bulwark.answers.division;

import dev.bulwark.posture.campaign.Launcher;
import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.posture.campaign.StraitDefence;
import dev.bulwark.posture.campaign.Triangular;
import dev.bulwark.posture.campaign.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two theatres' postures under an allocation of the pool (docs/division-of-labour.md, "The
 * postures").
 *
 * <p><b>Baltic.</b> From today's posture, each unit of an element moved by a fraction {@code f}
 * loses {@code f} of its strength (and leaves at {@code f = 1}); the air support's excess over 1
 * is scaled by {@code k = 1 − Σ_i a_i f_i}, {@code a_i} the element's air share, on its low, mode
 * and high alike: {@code m' = 1 + (m − 1) k}. Without America every US unit leaves and
 * {@code k = 1 − a_US}. Europe's new brigades are added where {@link EuropeanBrigades} placed
 * them, against today's posture: Europe stations them before the United States moves, and they
 * stay.
 *
 * <p><b>Taiwan.</b> To today's posture each element moved by {@code f} adds {@code f} of its
 * air support to the low, mode and high, {@code round(f × aircraft)} US aircraft in Japan (the US
 * share of those aircraft recomputed), {@code round(f × ships)} US surface warships, and its
 * launchers with {@code f} of their stock and salvo.
 */
public final class TheatrePostures {

  private final DivisionSetting setting;
  private final Posture baltic;
  private final Posture taiwan;

  /** Returns the postures of a setting, starting from its postures of today. */
  public TheatrePostures(DivisionSetting setting) {
    this.setting = setting;
    this.baltic = setting.balticPosture();
    this.taiwan = setting.taiwanPosture();
  }

  /** Returns the Baltic posture with an allocation moved away and Europe's brigades added. */
  public Posture baltic(Allocation allocation, EuropeanBrigades europe) {
    return baltic(allocation, europe.units());
  }

  /**
   * Returns the Baltic posture with an allocation moved away and {@code heavy} and {@code light}
   * new European brigades, placed as {@link EuropeanBrigades#units()} places them: against
   * today's posture, where they stay whatever the United States moves.
   */
  public Posture baltic(Allocation allocation, double heavy, double light) {
    return baltic(allocation, EuropeanBrigades.place(setting, heavy, light, baltic.units()));
  }

  private Posture baltic(Allocation allocation, List<Unit> european) {
    List<Unit> units = new ArrayList<>(baltic.units());
    double airKept = 1;
    for (int i = 0; i < setting.pool().size(); i++) {
      MovableForce force = setting.pool().get(i);
      double f = allocation.moved(i);
      airKept -= force.baltic().airShare() * f;
      for (String id : force.baltic().units()) {
        units.replaceAll(u -> u.id().equals(id) && f > 0 && f < 1 ? new Unit(u.id(), u.name(),
            u.nation(), u.kind(), u.strength() * (1 - f), u.axis(), u.arrivalDay(), u.basis(),
            u.source()) : u);
        units.removeIf(u -> u.id().equals(id) && f >= 1);
      }
    }
    units.addAll(european);
    return balticPosture(String.format(Locale.ROOT, "%s-moved-%03.0f", baltic.id(),
        1000 * allocation.share()), units, Math.max(0, airKept));
  }

  /** Returns the Baltic posture without any US force and with Europe's brigades added. */
  public Posture balticWithoutAmerica(EuropeanBrigades europe) {
    List<Unit> units = new ArrayList<>(baltic.units());
    units.removeIf(u -> u.nation().equals("USA"));
    units.addAll(europe.units());
    return balticPosture(baltic.id() + "-without-us", units,
        1 - setting.baltic().usAirShare());
  }

  private Posture balticPosture(String id, List<Unit> units, double airKept) {
    Triangular air = baltic.airSupport();
    return new Posture(id, baltic.name() + ", division of labour", baltic.theatre(),
        baltic.year(), new Triangular(1 + (air.low() - 1) * airKept,
            1 + (air.mode() - 1) * airKept, 1 + (air.high() - 1) * airKept), baltic.airBasis(),
        units, baltic.source(), null);
  }

  /** Returns the Taiwan posture with an allocation moved to it. */
  public Posture taiwan(Allocation allocation) {
    StraitDefence strait = taiwan.strait();
    double air = 0;
    double aircraft = 0;
    double ships = 0;
    List<Launcher> launchers = new ArrayList<>(strait.launchers());
    for (int i = 0; i < setting.pool().size(); i++) {
      MovableForce.StraitWorth worth = setting.pool().get(i).taiwan();
      double f = allocation.moved(i);
      if (f <= 0) {
        continue;
      }
      air += worth.airSupport() * f;
      aircraft += worth.aircraft() * f;
      ships += worth.surfaceShips() * f;
      for (Launcher l : worth.launchers()) {
        launchers.add(new Launcher(l.id(), l.name(), l.nation(), l.munition(), l.basing(),
            l.inventory() * f, l.salvo() * f, l.firstDay(), l.reloadDays(), l.basis(),
            l.source()));
      }
    }
    int added = (int) Math.round(aircraft);
    int inJapan = strait.aircraftJapan() + added;
    double usShare = inJapan == 0 ? strait.usAircraftShare()
        : (strait.usAircraftShare() * strait.aircraftJapan() + added) / inJapan;
    StraitDefence moved = new StraitDefence(strait.japanBases(), strait.resistance(),
        strait.stockDays(), launchers, strait.usCarriers(),
        strait.usSurfaceShips() + (int) Math.round(ships), strait.japanShips(),
        strait.taiwanShips(), inJapan, usShare, strait.aircraftDistant(), strait.source(),
        strait.airArrivals());
    Triangular a = taiwan.airSupport();
    return new Posture(String.format(Locale.ROOT, "%s-moved-%03.0f", taiwan.id(),
        1000 * allocation.share()), taiwan.name() + ", division of labour", taiwan.theatre(),
        taiwan.year(), new Triangular(a.low() + air, a.mode() + air, a.high() + air),
        taiwan.airBasis(), taiwan.units(), taiwan.source(), moved);
  }
}
