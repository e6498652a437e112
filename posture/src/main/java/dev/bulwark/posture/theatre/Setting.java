package dev.bulwark.posture.theatre;

/**
 * Whether a place is abroad or part of the United States, so that "stationed abroad" and
 * "assigned to a command" are never confused.
 */
public enum Setting {
  /** A foreign host country or territory: forces there are stationed abroad. */
  ABROAD("abroad"),
  /** A US territory (Guam, the Northern Marianas, Puerto Rico): not abroad. */
  US_TERRITORY("us_territory"),
  /** A US state shown on its own (Hawaii, Alaska): not abroad. */
  US_STATE("us_state"),
  /** The United States as a whole (DMDC's domestic total). */
  UNITED_STATES("united_states");

  private final String code;

  Setting(String code) {
    this.code = code;
  }

  /** The code used in the resource and in tidy output. */
  public String code() {
    return code;
  }

  static Setting ofCode(String code) {
    for (Setting setting : values()) {
      if (setting.code.equals(code)) {
        return setting;
      }
    }
    throw dev.bulwark.posture.PostureException.badInput(
        "setting must be abroad, us_territory, us_state or united_states, was '" + code + "'");
  }
}
