package dev.bulwark.burden.aid;

/**
 * An ally's total contribution in one year: defence spending plus aid to Ukraine as shares of
 * GDP, counted once ({@link UkraineSupport#contributions}).
 *
 * @param iso3 the ally
 * @param year the calendar year
 * @param defencePctGdp defence expenditure, % of GDP, as the chosen NATO edition reports it
 * @param defenceEstimate whether NATO marks that figure as an estimate
 * @param aid the ally's aid to Ukraine allocated that year, EUR bn
 * @param aidPctGdp that aid as % of the ally's 2021 GDP in euros (Kiel's denominator)
 * @param militaryAidPctGdp its military part, % of 2021 GDP
 * @param totalPctGdp defence spending plus the aid not already in it (financial and humanitarian),
 *     % of GDP: {@code defence + 100 × (financial + humanitarian) / GDP₂₀₂₁}
 * @param upperBoundPctGdp defence spending plus all aid, % of GDP, the total if the ally's NATO
 *     figure left its military aid out
 * @param treatment how the ally's military aid is taken to stand in its NATO figure
 */
public record Contribution(String iso3, int year, double defencePctGdp, boolean defenceEstimate,
    Allocation aid, double aidPctGdp, double militaryAidPctGdp, double totalPctGdp,
    double upperBoundPctGdp, String treatment) {

  /**
   * The treatment of every ally: NATO's definition counts an ally's payments to meet the needs
   * of its own armed forces, those of Allies or of the Alliance, and the Hague Summit Declaration
   * (25 June 2025, ¶3) has Allies include direct contributions to Ukraine's defence and its
   * defence industry when calculating their defence spending; no ally-by-ally statement of what
   * its reported figure holds is available to Bulwark, so every ally is flagged as assumed.
   */
  public static final String ASSUMED_INCLUDED = "military_aid_assumed_in_nato_figure";
}
