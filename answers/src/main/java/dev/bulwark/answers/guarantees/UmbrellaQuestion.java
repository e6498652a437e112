package dev.bulwark.answers.guarantees;

import static dev.bulwark.answers.guarantees.GuaranteeParams.ATTACKER;
import static dev.bulwark.answers.guarantees.GuaranteeParams.DATE;
import static dev.bulwark.answers.guarantees.GuaranteeParams.SOURCE;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.question.Arguments;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.guarantees.weight.CapacitySource;
import dev.bulwark.guarantees.weight.Tally;
import dev.bulwark.guarantees.weight.Umbrella;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who is bound to defend each protected state on a date, one row per instrument and article and
 * a row {@code all} counting each guarantor once at its strongest obligation, with the
 * guarantors' military expenditure and personnel in total and without the United States
 * ({@link Umbrella}).
 */
public final class UmbrellaQuestion implements Question<UmbrellaQuestion.Request> {

  /**
   * The request.
   *
   * @param date the day
   * @param countries the protected states (ISO3), empty for every one
   * @param attacker the attacker's ISO3 code, never counted as a guarantor, or empty
   * @param source whose military expenditure figures are summed
   */
  public record Request(LocalDate date, List<String> countries, Optional<String> attacker,
      CapacitySource source) {}

  static final Param<List<String>> COUNTRY = Param.optional("country", ParamTypes.countries(),
      "Only these protected states (codes or names, separated by commas); repeatable.", "UKR")
      .asRepeatable();

  private static final Spec SPEC = new Spec("umbrella", "/api/guarantees/umbrella",
      "Who is bound to defend each protected state",
      List.of(
          "For each state some instrument protects on the date: the states bound to defend it against",
          "an armed attack on its metropolitan territory, one row per instrument and article and a",
          "row 'all' counting each guarantor once at its strongest obligation, with their military",
          "expenditure (NATO's tables for allies from their accession, else SIPRI, current US$;",
          "--source sipri for SIPRI's figures throughout) and personnel (NATO allies only), in",
          "total and without the United States. A total that adds NATO- and SIPRI-definition",
          "figures says so (milex_definition), and names the states whose figure is an estimate",
          "(milex_estimates). The 'all' row gives the range of strengths over its instruments."),
      List.of("bulwark umbrella --date 2025-02-12",
          "bulwark umbrella --date 2025-02-12 --country UKR --attacker RUS",
          "bulwark umbrella --date 2025-02-12 --country EST --country JPN --country TWN "
              + "--format csv",
          "bulwark umbrella --date 2023-06-01 --country SWE --source sipri"),
      List.of(DATE, COUNTRY, ATTACKER, SOURCE));

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public Request request(Arguments arguments) {
    return new Request(arguments.value(DATE), arguments.values(COUNTRY).stream()
        .flatMap(List::stream).distinct().toList(), arguments.optional(ATTACKER),
        arguments.value(SOURCE));
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    Umbrella umbrella = Umbrella.withDefaults().withEngine(context.engine())
        .withSource(request.source());
    umbrella = request.attacker().map(umbrella::withAttacker).orElse(umbrella);
    if (!request.countries().isEmpty()) {
      umbrella = umbrella.withCountries(request.countries());
    }
    LocalDate day = request.date();
    Table out = Table.of(Column.text("date", "the day"),
        Column.text("iso3", "the protected state"),
        Column.text("country", "the protected state's short name"),
        GuaranteeParams.INSTRUMENT, GuaranteeParams.ARTICLE, GuaranteeParams.STRENGTH_LEVEL,
        GuaranteeParams.STRENGTH, Column.count("guarantors_n", "", "states bound to defend it"),
        GuaranteeParams.MILEX, GuaranteeParams.DEFINITION, GuaranteeParams.ESTIMATES,
        Column.number("milex_non_us_usd_current_m",
            "million current US$", 0, "the guarantors' military expenditure without the US"),
        Column.number("us_share_pct", "% of the guarantors' expenditure", 1,
            "the US share of the guarantors' military expenditure"),
        Column.number("personnel_thousand", "thousand", 1,
            "the guarantors' military personnel (NATO allies only)"),
        Column.number("personnel_non_us_thousand", "thousand", 1,
            "the guarantors' military personnel without the US"),
        Column.text("guarantors", "the guarantors' codes, separated by spaces"));
    boolean mixed = false;
    for (Umbrella.Cover cover : coverOf(umbrella, day, context, request)) {
      Tally t = cover.tally();
      boolean range = cover.strength() != cover.weakest();
      mixed |= t.definitions().size() > 1;
      out.row(day.toString(), cover.iso3(),
          context.countries().byIso3(cover.iso3()).name(), cover.instrument(),
          cover.article(), cover.strengthRange(), range ? cover.strength().id() + "-"
              + cover.weakest().id() : cover.strength().id(), t.states().size(),
          t.milexUsdMillion(), t.definitionLabel(), String.join(" ", t.estimated()),
          t.milexNonUsUsdMillion(), t.usSharePct(),
          t.personnelKnown() ? t.personnelThousand() : null,
          t.personnelKnown() ? t.personnelNonUsThousand() : null, String.join(" ", t.states()));
    }
    out.notes(request.source() == CapacitySource.SIPRI
        ? "Military expenditure: SIPRI for every state, current US$, latest year at or before "
            + day.getYear() + "; personnel: NATO Table 7 only (allies)."
        : "Military expenditure: NATO's tables (Table 2) for allies from their accession date, "
            + "else SIPRI, current US$, latest year at or before " + day.getYear()
            + "; personnel: NATO Table 7 only.",
        "Strength levels: 5 automatic, 4a all means, 4b as each deems necessary, 3"
        + " constitutional processes, 2 consultation and support, 1 consultation, 0 assurances.",
        "instrument 'all': every guarantor once, at its strongest obligation; strength_level "
        + "gives the range of those obligations (4a-4b: some bound at 4a, some at 4b).");
    if (mixed) {
      out.notes(GuaranteeParams.MIXED_DEFINITIONS);
    }
    return out.query("date", day.toString()).query("country", request.countries())
        .query("attacker", request.attacker().orElse(null))
        .query("source", request.source().id())
        .sources(List.of("Bulwark treaty base (docs/guarantees.md)"));
  }

  private static List<Umbrella.Cover> coverOf(Umbrella umbrella, LocalDate day,
      AnswerContext context, Request request) {
    Umbrella chosen = umbrella;
    return ParamTypes.guarded(COUNTRY.name(), String.join(",", request.countries()),
        text -> chosen.cover(day, context.ledger().panel()));
  }
}
