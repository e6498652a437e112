package dev.bulwark.guarantees.engine;

import dev.bulwark.guarantees.GuaranteesException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The typed id of each rule of the obligation engine. A rule's name, the one outputs show in
 * their {@code rule} column and {@code docs/guarantees.md} lists, is derived from the constant
 * once: {@code NATO_BLACK_SEA} is {@code natoBlackSea}.
 */
public enum RuleId {
  INSTRUMENT_IN_FORCE,
  TARGET_IS_PROTECTED,
  CLAUSE_IN_FORCE,
  NOT_A_GUARANTEE,
  TARGET_KIND_COVERED,
  ARMED_ATTACK_THRESHOLD,
  CYBER_IS_CASE_BY_CASE,
  ATTACKER_IS_FELLOW_PARTY,
  CONTESTED_PARTY,
  SUSPENDED_OBLIGATION,
  NATO_TERRITORY_IN_EUROPE_OR_NORTH_AMERICA,
  NATO_TURKISH_TERRITORY,
  NATO_NORTH_ATLANTIC_ISLANDS,
  NATO_FORCES_IN_THE_TREATY_AREA,
  NATO_BLACK_SEA,
  NATO_MEDITERRANEAN_ISLAND_BASES,
  NATO_OCCUPATION_FORCES_CLAUSE,
  CARIBBEAN_IS_NOT_NORTH_AMERICA,
  ALGERIAN_DEPARTMENTS,
  EU_ARMED_AGGRESSION_ON_ITS_TERRITORY,
  EU_OVERSEAS_COUNTRIES_AND_TERRITORIES,
  JAPAN_ADMINISTERED_TERRITORY,
  KOREA_PACIFIC_ADMINISTERED_TERRITORY,
  SOUTH_CHINA_SEA_IS_PACIFIC,
  PACIFIC_AREA_ATTACK,
  AMERICAN_STATE_ATTACKED,
  TAIWAN_AND_PENGHU_ONLY,
  NUCLEAR_AGGRESSION_ONLY,
  PARTY_TERRITORY_ANYWHERE,
  BILATERAL_AGGRESSION_ON_TERRITORY,
  PACIFIC_CONSULTATION,
  CONSULTATION_ANYWHERE,
  OUTSIDE_THE_AREA,
  INTERCEPTED_STRIKE;

  private final String ruleName;

  RuleId() {
    StringBuilder camel = new StringBuilder();
    for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
      camel.append(camel.length() == 0 ? word
          : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    this.ruleName = camel.toString();
  }

  /** Returns the rule's name as outputs show it ({@code natoBlackSea}). */
  public String ruleName() {
    return ruleName;
  }

  /**
   * Finds a rule by its name.
   *
   * @throws GuaranteesException of kind BAD_INPUT naming the known rules when none matches
   */
  public static RuleId named(String name) {
    return Arrays.stream(values()).filter(r -> r.ruleName.equals(name)).findFirst()
        .orElseThrow(() -> GuaranteesException.badInput("unknown rule '" + name
            + "': expected one of " + Arrays.stream(values()).map(RuleId::ruleName).toList()));
  }
}
