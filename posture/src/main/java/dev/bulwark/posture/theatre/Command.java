package dev.bulwark.posture.theatre;

import dev.bulwark.posture.PostureException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The US geographic combatant commands, and {@link #UNASSIGNED} for places outside all six. */
public enum Command {
  EUCOM("US European Command"),
  INDOPACOM("US Indo-Pacific Command (US Pacific Command until 2018)"),
  CENTCOM("US Central Command"),
  AFRICOM("US Africa Command"),
  NORTHCOM("US Northern Command"),
  SOUTHCOM("US Southern Command"),
  UNASSIGNED("none of the six geographic commands");

  private final String title;

  Command(String title) {
    this.title = title;
  }

  /** The command's full name. */
  public String title() {
    return title;
  }

  /**
   * Finds a command by its short name, case-insensitively; PACOM is INDOPACOM.
   *
   * @throws PostureException naming the expected values when none matches
   */
  public static Command of(String name) {
    String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
    if ("PACOM".equals(key)) {
      return INDOPACOM;
    }
    for (Command command : values()) {
      if (command.name().equals(key)) {
        return command;
      }
    }
    throw PostureException.badInput("theatre must be one of " + Arrays.stream(values())
        .map(Command::name).collect(Collectors.joining(", ")) + ", was '" + name + "'");
  }
}
