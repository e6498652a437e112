package dev.bulwark.posture.theatre;

import dev.bulwark.posture.forces.PersonnelCount;
import java.util.Objects;

/**
 * One place's personnel in a quarter with the command and setting it had then.
 *
 * @param count the personnel count
 * @param command the place's command at the end of the quarter
 * @param setting abroad, US territory, US state or the United States
 */
public record HostCount(PersonnelCount count, Command command, Setting setting) {

  public HostCount {
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(setting, "setting");
  }
}
