package dev.bulwark.report.compose;

import dev.bulwark.posture.campaign.CampaignResult;
import dev.bulwark.report.ReportException;

/**
 * One posture's campaign result with the label the brief gives it ("2025 posture").
 *
 * @param label the label in charts and tables
 * @param result the Monte Carlo result
 */
public record CampaignCase(String label, CampaignResult result) {

  public CampaignCase {
    ReportException.require(label != null && !label.isBlank(),
        "campaign case label must be non-blank text, was " + label);
    ReportException.require(result != null, "campaign result of '" + label + "' must be given");
  }
}
