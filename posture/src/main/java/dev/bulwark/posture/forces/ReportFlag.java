package dev.bulwark.posture.forces;

import dev.bulwark.posture.PostureException;

/** How a count of US personnel at one place and quarter is known. */
public enum ReportFlag {
  /** Printed in the DMDC report of that quarter. */
  REPORTED("reported"),
  /** Not listed in that quarter's DMDC report: zero personnel reported there. */
  ABSENT("absent"),
  /** From Kane's Heritage Foundation compilation of the older reports (1950-2005). */
  COMPILED("compiled"),
  /** An estimate, not a report (Iraq 2003-2007, and Kuwait's 2003-2007 compiled figures). */
  ESTIMATE("estimate"),
  /** A count in the compiled series with no report named (the 1951 and 1952 figures). */
  UNSOURCED("unsourced"),
  /**
   * No DMDC report was published for the quarter (December 2022, March and June 2023, when the
   * Army's pay-system conversion stopped its reporting): missing, never zero.
   */
  NOT_REPORTED("not_reported");

  private final String code;

  ReportFlag(String code) {
    this.code = code;
  }

  /** The code used in the resource file and in tidy output. */
  public String code() {
    return code;
  }

  /** Whether the counts may be read as figures (everything except {@link #NOT_REPORTED}). */
  public boolean hasCounts() {
    return this != NOT_REPORTED;
  }

  /** Finds a flag by its code. */
  public static ReportFlag ofCode(String code) {
    for (ReportFlag flag : values()) {
      if (flag.code.equals(code)) {
        return flag;
      }
    }
    throw PostureException.badInput("flag must be one of reported, absent, compiled, estimate, "
        + "unsourced, not_reported, was '" + code + "'");
  }
}
