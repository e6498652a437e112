package dev.bulwark.answers.posture;

import dev.bulwark.answers.AnswersException;
import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.posture.campaign.Theatre;
import dev.bulwark.posture.campaign.Theatres;
import java.util.ArrayList;
import java.util.List;

/**
 * The theatres and postures the campaign questions accept, from the campaign engine's registry of
 * theatre files: the default theatre first, and each theatre's postures as its file lists them,
 * the first (its calibration case) being its default.
 */
public final class CampaignCatalogue {

  private CampaignCatalogue() {
  }

  /** Returns the ids of the bundled theatres, the default first. */
  public static List<String> theatreIds() {
    Theatres theatres = Theatres.bundled();
    List<String> ids = new ArrayList<>(List.of(theatres.defaultId()));
    theatres.ids().stream().filter(id -> !id.equals(theatres.defaultId())).forEach(ids::add);
    return List.copyOf(ids);
  }

  /** Returns a bundled theatre, refusing an unknown id with the known ones. */
  public static Theatre theatre(String id) {
    List<String> known = theatreIds();
    return known.stream().filter(k -> k.equalsIgnoreCase(id)).findFirst()
        .map(Theatres.bundled()::theatre)
        .orElseThrow(() -> AnswersException.badInput("theatre", id, "unknown theatre '" + id
            + "': expected one of " + known, known, null));
  }

  /** Returns the ids of a theatre's bundled postures, its default first. */
  public static List<String> postureIds(String theatre) {
    return theatre(theatre).postures();
  }

  /** Returns a bundled posture of a theatre, refusing one of another theatre or none. */
  public static Posture posture(String theatre, String id) {
    List<String> known = postureIds(theatre);
    if (!known.contains(id)) {
      throw AnswersException.badInput("posture", id, "unknown posture '" + id + "' of theatre "
          + theatre + ": expected one of " + known, known, null);
    }
    return Theatres.bundled().posture(id);
  }
}
