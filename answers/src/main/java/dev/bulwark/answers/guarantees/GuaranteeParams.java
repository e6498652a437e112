package dev.bulwark.answers.guarantees;

import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.table.Column;
import dev.bulwark.guarantees.weight.CapacitySource;
import java.time.LocalDate;

/** The parameters and columns the guarantee questions share. */
final class GuaranteeParams {

  /** The day obligations are read on. */
  static final Param<LocalDate> DATE = Param.of("date", ParamTypes.date(), "today",
      "The day; memberships and clauses are read on it.", "2025-02-12");
  /** The attacking state. */
  static final Param<String> ATTACKER = Param.optional("attacker", ParamTypes.country(),
      "The attacking state (code or name); leave out for a non-state attacker. It is never "
          + "counted as a guarantor.", "RUS");

  /** Whose definition of military expenditure the totals follow. */
  static final Param<CapacitySource> SOURCE = Param.of("source", ParamTypes.domain("nato|sipri",
      "nato or sipri", CapacitySource::of), "nato", "Military expenditure: nato (NATO's tables"
          + " for allies from their accession date, SIPRI for the others: totals mix the two"
          + " definitions and say so) or sipri (SIPRI for every state: one definition).", "sipri");

  static final Column STRENGTH_LEVEL = Column.count("strength_level", "",
      "strength of the obligation: 5 automatic, 4 all means or as deemed necessary, "
          + "3 constitutional processes, 2 consultation and support, 1 consultation, "
          + "0 assurances");
  static final Column STRENGTH = Column.text("strength", "the strength's id");
  static final Column INSTRUMENT = Column.text("instrument", "the instrument's id");
  static final Column ARTICLE = Column.text("article", "the article or clause");
  static final Column MILEX = Column.number("milex_usd_current_m", "million current US$", 0,
      "military expenditure (NATO's tables for allies from their accession, else SIPRI; "
          + "with source sipri, SIPRI for all)");
  static final Column DEFINITION = Column.text("milex_definition", "whose definition the "
      + "expenditure follows: nato, sipri, or nato+sipri for a total that adds both");
  static final Column ESTIMATES = Column.text("milex_estimates", "the states whose figure in "
      + "the expenditure is the source's estimate (NATO's 2023e and 2024e, SIPRI's blue), "
      + "separated by spaces; empty when none");

  /** The note of a total that adds figures of both definitions. */
  static final String MIXED_DEFINITIONS = "Military expenditure totals add NATO-definition "
      + "figures (allies, from their accession) and SIPRI-definition figures (the others); the "
      + "definitions differ (SIPRI counts paramilitary forces). Ask with --source sipri for "
      + "totals of one definition.";

  private GuaranteeParams() {
  }
}
