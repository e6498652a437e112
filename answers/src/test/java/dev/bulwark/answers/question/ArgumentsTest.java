package dev.bulwark.answers.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.Asking;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parameters are read once, at the boundary, the same for every adapter. */
final class ArgumentsTest {

  private static final Param<Integer> YEAR = Param.optional("year", ParamTypes.year(),
      "The year.", "2024");
  private static final Param<LocalDate> DATE = Param.of("date", ParamTypes.date(), "today",
      "The day.", "2025-02-12");
  private static final Param<String> STATE = Param.optional("state", ParamTypes.country(),
      "A state.", "POL").asRepeatable();
  private static final Param<String> TARGET = Param.required("target", ParamTypes.country(),
      "The state attacked.", "EST");
  private static final Spec SPEC = new Spec("toy", "/api/toy", "A toy", List.of(),
      List.of(), List.of(YEAR, DATE, STATE, TARGET));

  private static Arguments arguments(String... pairs) {
    return Arguments.of(SPEC, Asking.given(pairs), Asking.CONTEXT);
  }

  @Test
  void anUnknownParameterIsRefusedNamingTheKnownOnes() {
    assertThatThrownBy(() -> arguments("yaer", "2024"))
        .isInstanceOfSatisfying(AnswersException.class, e -> {
          assertThat(e.field()).hasValue("yaer");
          assertThat(e.suggestions()).containsExactly("year", "date", "state", "target");
        }).hasMessageContaining("expected one of [year, date, state, target]");
  }

  @Test
  void todayIsResolvedOnTheContextsClock() {
    assertThat(arguments().value(DATE)).isEqualTo(LocalDate.of(2025, 2, 12));
    assertThat(arguments("date", "today").value(DATE)).isEqualTo(LocalDate.of(2025, 2, 12));
  }

  @Test
  void aYearOutsideTheRangeNamesTheRange() {
    assertThatThrownBy(() -> arguments("year", "1899").value(YEAR))
        .hasMessage("year must be between 1900 and 2100, was 1899");
    assertThatThrownBy(() -> arguments("year", "20x4").value(YEAR))
        .hasMessage("year must be a whole number, was '20x4'");
  }

  @Test
  void aDateOutsideYears1800To2200IsRefusedNamingTheRange() {
    assertThatThrownBy(() -> arguments("date", "+999999999-12-31").value(DATE))
        .hasMessage("date must be a date YYYY-MM-DD from 1800-01-01 to 2200-12-31, was "
            + "'+999999999-12-31'");
    assertThatThrownBy(() -> arguments("date", "1799-12-31").value(DATE))
        .hasMessageContaining("from 1800-01-01 to 2200-12-31, was '1799-12-31'");
    assertThat(arguments("date", "2200-12-31").value(DATE)).isEqualTo(LocalDate.of(2200, 12,
        31));
  }

  @Test
  void anUnknownStateIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> arguments("target", "Atlantis").value(TARGET))
        .hasMessageStartingWith("target: unknown country 'Atlantis'");
  }

  @Test
  void aMissingRequiredParameterIsNamed() {
    assertThatThrownBy(() -> arguments().value(TARGET))
        .isInstanceOfSatisfying(AnswersException.class,
            e -> assertThat(e.field()).hasValue("target"))
        .hasMessageContaining("target is required");
  }

  @Test
  void eachValueOfARepeatableParameterIsReadOnItsOwn() {
    assertThat(arguments("state", "Korea, Rep.", "state", "DE").values(STATE))
        .containsExactly("KOR", "DEU");
  }

  @Test
  void anUnknownStateCarriesTheClosestCodes() {
    assertThatThrownBy(() -> arguments("target", "Germny").value(TARGET))
        .isInstanceOfSatisfying(AnswersException.class,
            e -> assertThat(e.suggestions()).contains("DEU"));
  }

  @Test
  void anOverlongValueIsRefusedBeforeItIsRead() {
    String longText = "x".repeat(Arguments.MAX_LENGTH + 1);
    assertThatThrownBy(() -> arguments("target", longText).value(TARGET))
        .hasMessageContaining("at most " + Arguments.MAX_LENGTH + " characters");
  }

  @Test
  void blankValuesCountAsNotGiven() {
    Arguments blank = Arguments.of(SPEC, Map.of("year", List.of(" ")), Asking.CONTEXT);
    assertThat(blank.optional(YEAR)).isEmpty();
    assertThat(blank.given(YEAR)).isFalse();
  }
}
