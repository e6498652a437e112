package dev.bulwark.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The three formats agree on what a missing or undefined value is. */
final class FormatTest {

  private static final Table RESULT = Table.of(Column.text("iso3", "code"),
      Column.number("rho", "", 3, "a coefficient"), Column.text("note", "a note"))
      .row("POL", Double.NaN, "a, \"quoted\" note")
      .row("DEU", 0.25, null)
      .notes("a footnote");

  @Test
  void jsonWritesUndefinedAndMissingValuesAsNull() {
    assertThat(print(Format.JSON)).contains("\"rho\" : null", "\"note\" : null", "\"rho\" : 0.25");
  }

  @Test
  void csvWritesThemAsEmptyCellsAndQuotesTextWithCommasAndQuotes() {
    assertThat(print(Format.CSV)).isEqualTo("iso3,rho,note\nPOL,,\"a, \"\"quoted\"\" note\"\nDEU,0.25,\n");
  }

  @Test
  void theTableShowsThemAsADash() {
    assertThat(print(Format.TABLE).lines().skip(1).findFirst().orElseThrow()).contains("POL", "-");
  }

  @Test
  void theTableShowsEachColumnsDecimalsAndTheNotesAfterABlankLine() {
    assertThat(print(Format.TABLE)).contains("0.250").endsWith("\n\na footnote\n");
  }

  @Test
  void everyFormatIsNamedWithoutRegardToCase() {
    assertThat(Format.of(" CSV")).isEqualTo(Format.CSV);
    assertThatThrownBy(() -> Format.of("xml")).hasMessageContaining("table, csv or json");
  }

  private static String print(Format format) {
    StringWriter out = new StringWriter();
    format.print(RESULT, new PrintWriter(out));
    return out.toString().replace(System.lineSeparator(), "\n");
  }
}
