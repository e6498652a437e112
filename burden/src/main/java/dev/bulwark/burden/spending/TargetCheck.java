package dev.bulwark.burden.spending;

import dev.bulwark.burden.BurdenException;

/**
 * One ally checked against one target.
 *
 * @param targetId the {@link Target#id()}
 * @param verdict met, not met, or no data
 */
public record TargetCheck(String targetId, Verdict verdict) {

  public TargetCheck {
    BurdenException.require(targetId != null && verdict != null, "target check needs an id and a verdict");
  }
}
