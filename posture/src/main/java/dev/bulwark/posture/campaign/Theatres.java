package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of bundled theatres: the index {@code theatres.yaml} beside this class lists the
 * theatre files, and each theatre file lists its postures ({@code postures/<id>.yaml}). No
 * theatre or posture is named in code; adding one is adding files.
 *
 * <pre>{@code
 * Theatres registry = Theatres.bundled();
 * Theatre theatre = registry.defaultTheatre();            // or registry.theatre(id)
 * Posture posture = registry.posture(theatre.postures().get(0));
 * }</pre>
 */
public final class Theatres {

  private static final class Bundled {
    private static final Theatres REGISTRY = load();
  }

  private final Map<String, Theatre> theatres;
  private final String defaultId;
  /** The postures read so far: each file is read once, as the theatres are. */
  private final Map<String, Posture> postures = new ConcurrentHashMap<>();

  private Theatres(Map<String, Theatre> theatres, String defaultId) {
    this.theatres = theatres;
    this.defaultId = defaultId;
  }

  /** The bundled theatres, read once. */
  public static Theatres bundled() {
    return Bundled.REGISTRY;
  }

  private static Theatres load() {
    CampaignFiles.Index index = CampaignFiles.bundledIndex();
    Map<String, Theatre> theatres = new LinkedHashMap<>();
    for (CampaignFiles.IndexEntry entry : index.theatres()) {
      Theatre theatre = CampaignFiles.bundledTheatre(entry.file());
      if (!theatre.id().equals(entry.id()) || theatres.put(entry.id(), theatre) != null) {
        throw PostureException.failure("bundled theatre index: entry '" + entry.id()
            + "' is repeated or its file " + entry.file() + " holds theatre '" + theatre.id()
            + "'", null);
      }
    }
    List<String> defaults = index.theatres().stream().filter(CampaignFiles.IndexEntry::isDefault)
        .map(CampaignFiles.IndexEntry::id).toList();
    if (theatres.isEmpty() || defaults.size() > 1) {
      throw PostureException.failure("bundled theatre index needs at least one theatre and at"
          + " most one marked default, had " + theatres.keySet() + " and defaults " + defaults,
          null);
    }
    return new Theatres(theatres,
        defaults.isEmpty() ? theatres.keySet().iterator().next() : defaults.get(0));
  }

  /** The ids of the bundled theatres, in the index's order. */
  public List<String> ids() {
    return List.copyOf(theatres.keySet());
  }

  /** The id of the theatre run when none is named: the one marked default, else the first. */
  public String defaultId() {
    return defaultId;
  }

  /** The theatre run when none is named. */
  public Theatre defaultTheatre() {
    return theatres.get(defaultId);
  }

  /**
   * Returns the bundled theatre with this id.
   *
   * @throws PostureException of kind BAD_INPUT for an unknown id, naming the known ones
   */
  public Theatre theatre(String id) {
    Theatre theatre = theatres.get(id);
    if (theatre == null) {
      throw PostureException.badInput("unknown theatre '" + id + "': expected one of "
          + String.join(", ", theatres.keySet()));
    }
    return theatre;
  }

  /** The ids of every bundled theatre's postures, theatre by theatre, as their files list them. */
  public List<String> postureIds() {
    List<String> ids = new ArrayList<>();
    theatres.values().forEach(t -> ids.addAll(t.postures()));
    return List.copyOf(ids);
  }

  /**
   * Returns a bundled posture of one of the theatres.
   *
   * @throws PostureException of kind BAD_INPUT for an unknown id, with the nearest ids
   */
  public Posture posture(String id) {
    Theatre owner = theatres.values().stream().filter(t -> t.postures().contains(id))
        .findFirst().orElseThrow(() -> unknownPosture(id));
    return postures.computeIfAbsent(id, posture -> read(posture, owner));
  }

  private static Posture read(String id, Theatre owner) {
    Posture posture = CampaignFiles.bundledPosture(id);
    if (!posture.id().equals(id) || !posture.theatre().equals(owner.id())) {
      throw PostureException.failure("bundled posture file postures/" + id + ".yaml holds posture '"
          + posture.id() + "' of theatre '" + posture.theatre() + "', but theatre '" + owner.id()
          + "' lists '" + id + "'", null);
    }
    return posture;
  }

  private PostureException unknownPosture(String id) {
    List<String> known = postureIds();
    List<String> near = known.stream()
        .filter(k -> id != null && !id.isBlank() && k.contains(id.strip().toLowerCase(Locale.ROOT)))
        .toList();
    return PostureException.badInput("unknown posture '" + id + "'"
        + (near.isEmpty() ? "" : ": did you mean " + String.join(" or ", near) + "?")
        + " Bundled postures: " + String.join(", ", known));
  }
}
