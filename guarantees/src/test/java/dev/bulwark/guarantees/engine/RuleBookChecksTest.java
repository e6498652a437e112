package dev.bulwark.guarantees.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.engine.RuleDefinition.OnClause;
import dev.bulwark.guarantees.treaty.Confidence;
import dev.bulwark.guarantees.treaty.Scope;
import dev.bulwark.guarantees.treaty.TargetKind;
import dev.bulwark.guarantees.treaty.Treaties;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule book refuses, at start, rules and scope tables that contradict the treaty base. */
final class RuleBookChecksTest {

  private static String bundledTable() throws IOException {
    try (InputStream in = RuleBook.class.getResourceAsStream(ScopeRules.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static RuleBook build(List<RuleDefinition> rules, String table) throws IOException {
    return RuleBook.of(rules, Treaties.bundled(), new StringReader(table), "test.csv");
  }

  /** Returns every definition with one rule's spec changed. */
  private static List<RuleDefinition> withSpec(OnClause rule, List<String> instruments,
      Confidence confidence) {
    RuleSpec s = rule.spec();
    OnClause changed = new OnClause(new RuleSpec(s.id(), s.statement(), instruments, s.article(),
        confidence), rule.method());
    List<RuleDefinition> rules = new ArrayList<>(Rules.all());
    rules.set(rules.indexOf(rule), changed);
    return rules;
  }

  @Test
  void theBundledRulesAndTablePassEveryCheck() throws IOException {
    RuleBook book = build(Rules.all(), bundledTable());

    assertThat(book.scopeRules(Scope.NATO_ARTICLE_6, TargetKind.VESSEL))
        .extracting(r -> r.spec().name()).containsExactly("natoForcesInTheTreatyArea",
            "natoBlackSea", "natoMediterraneanIslandBases", "natoOccupationForcesClause",
            "caribbeanIsNotNorthAmerica");
  }

  @Test
  void aRuleNamingAnUnknownInstrumentFailsNamingRuleAndInstrument() {
    List<RuleDefinition> rules = withSpec(Rules.NATO_BLACK_SEA, List.of("natoo"),
        Confidence.DISPUTED);

    assertThatThrownBy(() -> build(rules, bundledTable())).isInstanceOf(GuaranteesException.class)
        .hasMessageContaining("natoBlackSea").hasMessageContaining("'natoo'");
  }

  @Test
  void aRuleFirmerThanTheClausesItReadsFailsNamingRuleAndInstrument() {
    // treaties.md §15: the Aachen Treaty's Article 4 wording is marked [M], so a rule reading it
    // cannot be [V].
    List<RuleDefinition> rules = withSpec(Rules.BILATERAL_AGGRESSION_ON_TERRITORY,
        Rules.BILATERAL_AGGRESSION_ON_TERRITORY.spec().instruments(), Confidence.VERIFIED);

    assertThatThrownBy(() -> build(rules, bundledTable())).isInstanceOf(GuaranteesException.class)
        .hasMessageContaining("bilateralAggressionOnTerritory")
        .hasMessageContaining("france-germany-2019").hasMessageContaining("at best M");
  }

  @Test
  void aRuleWithoutDefinitionFails() {
    List<RuleDefinition> rules = new ArrayList<>(Rules.all());
    rules.remove(Rules.NATO_BLACK_SEA);

    assertThatThrownBy(() -> build(rules, bundledTable()))
        .hasMessageContaining("natoBlackSea has no definition");
  }

  @Test
  void anUnknownRuleInTheTableFailsNamingFileAndLine() {
    String table = "scope,targets,rule\nanywhere,any,consultationAnywhere\n"
        + "nato_article_6,territory,natoBlackSee\n";

    assertThatThrownBy(() -> build(Rules.all(), table)).isInstanceOf(GuaranteesException.class)
        .hasMessageContaining("test.csv line 3").hasMessageContaining("'natoBlackSee'");
  }

  @Test
  void aGateInTheTableIsAnUnknownScopeRule() {
    String table = "# a comment\nscope,targets,rule\nanywhere,any,instrumentInForce\n";

    assertThatThrownBy(() -> build(Rules.all(), table))
        .hasMessageContaining("test.csv line 3").hasMessageContaining("'instrumentInForce'");
  }

  @Test
  void anUnknownScopeOrTargetKindFailsNamingFileAndLine() throws IOException {
    String scope = bundledTable().replace("americas,any,", "america,any,");
    String kind = bundledTable().replace("nato_article_6,territory,natoTurkishTerritory",
        "nato_article_6,land,natoTurkishTerritory");

    assertThatThrownBy(() -> build(Rules.all(), scope)).hasMessageContaining("test.csv line ")
        .hasMessageContaining("'america'");
    assertThatThrownBy(() -> build(Rules.all(), kind)).hasMessageContaining("test.csv line 11")
        .hasMessageContaining("'land'");
  }

  @Test
  void aScopeWithoutRowsOrAnUnusedScopeRuleFails() throws IOException {
    String noAnywhere = bundledTable().replace("anywhere,any,consultationAnywhere\n", "");
    String noBlackSea = bundledTable().replace(
        "nato_article_6,forces|vessel|aircraft|cyber,natoBlackSea\n", "").replace(
        "nato_article_6_1949,forces|vessel|aircraft|cyber,natoBlackSea\n", "");

    assertThatThrownBy(() -> build(Rules.all(), noAnywhere)).hasMessageContaining("[anywhere]");
    assertThatThrownBy(() -> build(Rules.all(), noBlackSea)).hasMessageContaining("[natoBlackSea]");
  }
}
