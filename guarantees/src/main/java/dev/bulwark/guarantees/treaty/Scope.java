package dev.bulwark.guarantees.treaty;

/** The geographic rule that decides whether an attack at a place falls under a clause. */
public enum Scope {
  /** North Atlantic Treaty Article 6 as amended in 1951: Europe, North America, Türkiye, North Atlantic islands north of the Tropic; forces also in the Mediterranean and the North Atlantic. */
  NATO_ARTICLE_6,
  /** Article 6 as written in 1949, before Türkiye and the Mediterranean were added. */
  NATO_ARTICLE_6_1949,
  /** The Algerian departments of France, a clause that lapsed on 1962-07-03. */
  ALGERIAN_DEPARTMENTS,
  /** A member state's territory (TEU Article 42(7)). */
  EU_TERRITORY,
  /** Territories under the administration of Japan (US–Japan Article V). */
  JAPAN_ADMINISTERED,
  /** Territories in the Pacific area under either party's administrative control (US–ROK Article III). */
  KOREA_PACIFIC_ADMINISTERED,
  /** The Pacific area, the South China Sea included by declaration (US–Philippines). */
  PACIFIC_SOUTH_CHINA_SEA_AFFIRMED,
  /** The Pacific area (ANZUS). */
  PACIFIC_AREA,
  /** An American state in the Americas (Rio Treaty). */
  AMERICAS,
  /** Taiwan and the Pescadores (Taiwan Relations Act). */
  TAIWAN_AND_PENGHU,
  /** Aggression in which nuclear weapons are used (Budapest Memorandum paragraph 4). */
  NUCLEAR_AGGRESSION,
  /** A party's territory or forces wherever they are (CSTO, Russia–DPRK, China–DPRK, Russia–Belarus). */
  PARTY_TERRITORY,
  /**
   * A party's own territory, sea areas beyond it excluded (the European bilateral clauses: Aachen
   * 2019, France–Greece 2021, Nancy 2025, Kensington 2025).
   */
  BILATERAL_TERRITORY,
  /**
   * A threat that arises in the Pacific or the Far East: the consultation clauses of the Pacific
   * treaties (US–Japan Article IV, US–Philippines Article III, ANZUS Article III).
   */
  PACIFIC_CONSULTATION,
  /** Anywhere: consultation clauses and single-beneficiary support. */
  ANYWHERE
}
