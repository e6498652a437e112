package dev.bulwark.cli;

import dev.bulwark.cli.output.Format;
import dev.bulwark.cli.output.Tabular;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --format} option shared by every command that prints data. */
final class OutputOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
      converter = FormatConverter.class,
      description = "Output format: an aligned table with footnotes (default), CSV or JSON "
          + "(both tidy, full precision, units in column names).")
  private Format format;

  /** Prints a result to standard output in the chosen format. */
  void print(Tabular result) {
    format.print(result, spec.commandLine().getOut());
  }

  /** Converts "csv", "CSV" and friends. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format format : Format.values()) {
        if (format.toString().equalsIgnoreCase(value.strip())) {
          return format;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "expected table, csv or json, was '" + value + "'");
    }
  }
}
