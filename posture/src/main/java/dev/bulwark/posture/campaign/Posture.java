package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import java.nio.file.Path;
import java.util.List;

/**
 * A defending posture in a theatre: the units on each axis or scheduled to reinforce it, and the
 * air support the defence can count on. The bundled postures ({@link #bundledIds()}) are listed
 * by their theatres' files ({@link Theatres}).
 *
 * @param id a short id, lower-case letters, digits and hyphens
 * @param name a descriptive name
 * @param theatre the id of the theatre
 * @param year the year the posture describes
 * @param airSupport the distribution of air support's multiplier on the attacker's losses
 * @param airBasis whether the air support figure is published or assumed
 * @param units the units, ids distinct
 * @param source where the order of battle comes from
 * @param strait the allied launchers, ships, aircraft and conditions of a Taiwan Strait posture;
 *     {@code null} in a land theatre
 */
public record Posture(String id, String name, String theatre, int year, Triangular airSupport,
    Basis airBasis, List<Unit> units, String source, StraitDefence strait) {

  public Posture {
    Checks.id(id, "posture id");
    Checks.text(name, "name of posture '" + id + "'");
    Checks.id(theatre, "theatre of posture '" + id + "'");
    Checks.within(year, 1945, 2100, "year of posture '" + id + "'");
    PostureException.require(airSupport != null && airSupport.low() >= 1,
        "air support of posture '" + id + "' must be a multiplier of at least 1, was " + airSupport);
    PostureException.require(airBasis != null, "posture '" + id + "' needs an air basis");
    units = Checks.distinct(units, Unit::id, "unit", "posture '" + id + "'");
    source = Checks.source(source);
  }

  /** The ids of the bundled postures of every bundled theatre ({@link Theatres#postureIds()}). */
  public static List<String> bundledIds() {
    return Theatres.bundled().postureIds();
  }

  /**
   * Returns a bundled posture ({@link Theatres#posture(String)}).
   *
   * @throws PostureException of kind BAD_INPUT for an unknown id, with the nearest ids
   */
  public static Posture bundled(String id) {
    return Theatres.bundled().posture(id);
  }

  /** Reads a posture from a YAML file of the bundled postures' format. */
  public static Posture read(Path file) {
    return CampaignFiles.read(file, "posture", Posture.class);
  }

  /** Returns the unit with this id. */
  public Unit unit(String unitId) {
    return units.stream().filter(u -> u.id().equals(unitId)).findFirst()
        .orElseThrow(() -> PostureException.badInput("unknown unit '" + unitId + "' in posture '"
            + id + "': expected one of " + units.stream().map(Unit::id).toList()));
  }

  /**
   * Returns the posture's strait defence.
   *
   * @throws PostureException of kind BAD_INPUT when the posture is of a land theatre
   */
  public StraitDefence straitDefence() {
    PostureException.require(strait != null, "posture '" + id + "' of theatre " + theatre
        + " has no launchers, ships or aircraft to change: strait edits apply to a posture of"
        + " an amphibious theatre (taiwan)");
    return strait;
  }

  /** Returns this posture with another strait defence (same id, name, units). */
  public Posture withStrait(StraitDefence replaced) {
    return new Posture(id, name, theatre, year, airSupport, airBasis, units, source, replaced);
  }

  /** Returns this posture with another air support (same id, name, units). */
  public Posture withAirSupport(Triangular replaced) {
    return new Posture(id, name, theatre, year, replaced, airBasis, units, source, strait);
  }

  /** Returns this posture with other units (same id, name, air support). */
  public Posture withUnits(List<Unit> replaced) {
    return new Posture(id, name, theatre, year, airSupport, airBasis, replaced, source, strait);
  }

  /** Returns this posture under another id and name, such as a scenario's. */
  public Posture renamed(String newId, String newName) {
    return new Posture(newId, newName, theatre, year, airSupport, airBasis, units, source,
        strait);
  }

  /** Returns the posture after the changes, applied in order. */
  public Posture apply(List<? extends OrderOfBattleChange> changes) {
    Posture changed = this;
    for (OrderOfBattleChange change : changes) {
      changed = change.applyTo(changed);
    }
    return changed;
  }
}
