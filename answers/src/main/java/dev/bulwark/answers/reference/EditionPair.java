package dev.bulwark.answers.reference;

import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.question.ParamType;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.core.panel.Source;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two editions of one source to compare, the older first, as {@code --compare} takes them
 * ({@code nato=2024,nato=2025}).
 *
 * @param source the publisher of both
 * @param older the id of the edition compared from
 * @param newer the id of the edition compared to
 */
public record EditionPair(Source source, String older, String newer) {

  /** The parameter type: {@code SOURCE=ID,SOURCE=ID}, one source, two different ids. */
  static ParamType<EditionPair> type() {
    return ParamTypes.of("SOURCE=ID,SOURCE=ID", "string",
        "two editions of one source, the older first (sources: " + sourceIds() + ")",
        (field, text, context) -> parse(field, text));
  }

  private static EditionPair parse(String field, String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 2) {
      throw AnswersException.badInput(field, text, field + " must name two editions as "
          + "SOURCE=ID,SOURCE=ID (e.g. nato=2024,nato=2025), was '" + text + "'");
    }
    String[] older = side(field, text, parts[0]);
    String[] newer = side(field, text, parts[1]);
    Source source = source(field, text, older[0]);
    if (source != source(field, text, newer[0])) {
      throw AnswersException.badInput(field, text, field + ": cannot compare an edition of "
          + older[0] + " with one of " + newer[0] + ": expected two editions of the same source");
    }
    if (older[1].equals(newer[1])) {
      throw AnswersException.badInput(field, text, field + ": " + parts[0].strip()
          + " is named twice: expected two different editions of " + source.shortName());
    }
    return new EditionPair(source, older[1], newer[1]);
  }

  private static String[] side(String field, String text, String part) {
    String[] pair = part.strip().split("=", -1);
    if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
      throw AnswersException.badInput(field, text, field + " must name two editions as "
          + "SOURCE=ID,SOURCE=ID (e.g. nato=2024,nato=2025), was '" + text + "'");
    }
    return new String[] {pair[0].strip().toLowerCase(Locale.ROOT), pair[1].strip()};
  }

  private static Source source(String field, String text, String id) {
    return Arrays.stream(Source.values()).filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> AnswersException.badInput(field, text, field + ": unknown source '"
            + id + "': expected one of " + sourceIds(), sourceIds(), null));
  }

  private static List<String> sourceIds() {
    return Arrays.stream(Source.values()).map(Source::id).toList();
  }
}
