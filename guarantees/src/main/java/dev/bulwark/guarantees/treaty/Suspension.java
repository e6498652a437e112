package dev.bulwark.guarantees.treaty;

import dev.bulwark.guarantees.GuaranteesException;

/**
 * A directed obligation that is suspended although both states remain parties (the United States
 * to New Zealand under ANZUS since 1986).
 *
 * @param guarantor the state whose obligation is suspended
 * @param beneficiary the state it was owed to
 * @param period when the suspension holds
 * @param confidence the treaties.md mark
 * @param reason one sentence saying why
 */
public record Suspension(String guarantor, String beneficiary, Period period,
    Confidence confidence, String reason) {

  public Suspension {
    GuaranteesException.require(guarantor != null && beneficiary != null && period != null
            && confidence != null && reason != null && !reason.isBlank(),
        "a suspension needs guarantor, beneficiary, period, confidence and reason, was "
            + guarantor + " to " + beneficiary);
  }
}
