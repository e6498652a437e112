package dev.bulwark.answers.posture;

import dev.bulwark.answers.forces.ReplacementFunction;
import dev.bulwark.forces.catalogue.Catalogue;
import dev.bulwark.forces.replacement.ForceScenario;
import dev.bulwark.posture.campaign.CampaignModel;
import dev.bulwark.posture.campaign.StraitModel;
import dev.bulwark.posture.sensitivity.SampledModel;

/** What a sensitivity answer says of the model it analysed: its output, version, document. */
final class SensitivityTables {

  private SensitivityTables() {
  }

  /**
   * A model as a sensitivity answer names it.
   *
   * @param output what the output is, in words
   * @param version the model and its version
   * @param document where its equations and parameters are stated
   */
  record Described(String output, String version, String document) {
  }

  /** Describes the model of a request. */
  static Described describe(SensitivityQuestion.Request request, SampledModel model) {
    return switch (request.output()) {
      case HOURS -> new Described("the hours until the first objective falls ("
          + request.horizon() * 24 + " where every objective holds)",
          "campaign model " + CampaignModel.VERSION, "docs/campaign-model.md");
      case HOLDS -> new Described("whether the defence holds until the end of day "
          + request.day() + " (1) or not (0)", "campaign model " + CampaignModel.VERSION,
          "docs/campaign-model.md");
      case DEFEATED -> new Described("whether the invasion is defeated (the lodgement broke "
          + "while cut off from its lift) by the end of day " + request.day() + " (1) or not "
          + "(0), " + request.horizon() + "-day horizon", "strait model "
          + StraitModel.VERSION, "docs/taiwan-model.md");
      case COST -> {
        ForceScenario scenario = ((ReplacementFunction) model).model().scenario();
        yield new Described("the replacement's cost over " + request.horizon() + " years from "
            + scenario.startYear() + ", millions of " + scenario.currency() + " at "
            + Catalogue.bundled().prices().priceYear() + " prices; scenario " + scenario.id()
            + " (" + scenario.study() + ")", "replacement model", "docs/replacement-model.md");
      }
    };
  }
}
