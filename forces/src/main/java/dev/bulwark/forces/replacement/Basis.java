package dev.bulwark.forces.replacement;

/** Why a scenario holds a quantity or a line. */
public enum Basis {
  /** The study names the quantity. */
  NAMED,
  /** Bulwark assumes it, from what the study says in words; the item's note says how. */
  ASSUMED,
  /** Chosen so that the scenario's total matches the study's; the one free figure. */
  CALIBRATED
}
