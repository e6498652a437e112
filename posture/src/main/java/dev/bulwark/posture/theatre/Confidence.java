package dev.bulwark.posture.theatre;

/** How sure Bulwark is of a dated assignment in the command plan. */
public enum Confidence {
  /** Dated in the command's or the Department of Defense's own announcement. */
  HIGH,
  /** Dated to the year from secondary sources. */
  MEDIUM,
  /** Bulwark's own assignment where the plan of the time is unclear. */
  LOW
}
