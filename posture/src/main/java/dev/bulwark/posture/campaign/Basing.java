package dev.bulwark.posture.campaign;

/**
 * Where an allied launcher of anti-ship munitions fights from, in the Taiwan Strait theatre
 * ({@code docs/taiwan-model.md}): which of the strait model's availabilities scales its salvos.
 */
public enum Basing {
  /** Aircraft or launchers on Japanese bases: struck by the PLA's missile campaign, and flying
   *  from distant bases at a fraction of the sorties when Japan's bases are closed to them. */
  JAPAN,
  /** Bombers from Guam, Alaska, Australia or the United States: struck less often. */
  DISTANT,
  /** Surface warships: worn down by the PLA's anti-ship attacks each day. */
  SURFACE,
  /** Submarines: worn down by anti-submarine warfare each day, reloading far away. */
  SUBMARINE,
  /** Taiwan's own coastal launchers and air bases: struck by the PLA's missile campaign. */
  TAIWAN
}
