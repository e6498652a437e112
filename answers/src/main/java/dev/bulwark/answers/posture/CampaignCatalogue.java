package dev.bulwark.answers.posture;

import dev.bulwark.answers.AnswersException;
import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.posture.campaign.Theatre;
import java.util.List;

/**
 * The theatres and postures the campaign questions accept, read from the campaign engine's
 * bundled files: each theatre's default posture is the first of its postures.
 */
public final class CampaignCatalogue {

  private CampaignCatalogue() {
  }

  /** Returns the ids of the bundled theatres, the default first. */
  public static List<String> theatreIds() {
    return List.of(Theatre.baltic().id());
  }

  /** Returns a bundled theatre. */
  public static Theatre theatre(String id) {
    Theatre only = Theatre.baltic();
    if (!only.id().equalsIgnoreCase(id)) {
      throw AnswersException.badInput("theatre", id, "unknown theatre '" + id + "': expected one"
          + " of " + theatreIds(), theatreIds(), null);
    }
    return only;
  }

  /** Returns the ids of a theatre's bundled postures, its default first. */
  public static List<String> postureIds(String theatre) {
    return Posture.bundledIds().stream()
        .filter(id -> Posture.bundled(id).theatre().equals(theatre)).toList();
  }

  /** Returns a bundled posture of a theatre. */
  public static Posture posture(String theatre, String id) {
    List<String> known = postureIds(theatre);
    if (!known.contains(id)) {
      throw AnswersException.badInput("posture", id, "unknown posture '" + id + "' of theatre "
          + theatre + ": expected one of " + known, known, null);
    }
    return Posture.bundled(id);
  }
}
