package dev.bulwark.answers.guarantees;

import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.table.Column;
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

  static final Column STRENGTH_LEVEL = Column.count("strength_level", "",
      "strength of the obligation: 5 automatic, 4 all means or as deemed necessary, "
          + "3 constitutional processes, 2 consultation and support, 1 consultation, "
          + "0 assurances");
  static final Column STRENGTH = Column.text("strength", "the strength's id");
  static final Column INSTRUMENT = Column.text("instrument", "the instrument's id");
  static final Column ARTICLE = Column.text("article", "the article or clause");
  static final Column MILEX = Column.number("milex_usd_current_m", "million current US$", 0,
      "military expenditure (NATO's tables for allies, else SIPRI)");

  private GuaranteeParams() {
  }
}
