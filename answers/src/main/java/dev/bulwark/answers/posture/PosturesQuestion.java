package dev.bulwark.answers.posture;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.question.Listing;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.posture.campaign.Posture;
import java.util.List;

/** The postures the campaign model knows, by theatre, each theatre's default first. */
public final class PosturesQuestion extends Listing {

  private static final Spec SPEC = new Spec("postures", "/api/campaign/postures",
      "The postures of the campaign model",
      List.of("Lists the postures 'bulwark campaign --posture' accepts, by theatre, each",
          "theatre's default (its calibration case) first."),
      List.of("bulwark postures"), List.of());

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    Table out = Table.of(Column.text("id", "the posture's id"),
        Column.text("name", "what it describes"), Column.text("theatre", "its theatre"),
        Column.count("year", "", "the year it describes"));
    for (String theatre : CampaignCatalogue.theatreIds()) {
      for (String id : CampaignCatalogue.postureIds(theatre)) {
        Posture p = CampaignCatalogue.posture(theatre, id);
        out.row(p.id(), p.name(), p.theatre(), p.year());
      }
    }
    return out;
  }
}
