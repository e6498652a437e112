package dev.bulwark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;

/** One run of the command line in this JVM, with what it printed and its exit code. */
record Run(int exitCode, String out, String err) {

  static Run of(String... args) {
    return on(Bulwark.commandLine(), args);
  }

  /** Runs a command line built here (with more questions, say). */
  static Run on(CommandLine line, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int code = line.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Returns what the command printed read as CSV with a header (after {@code --format csv}). */
  List<CSVRecord> csvRows() throws IOException {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(out)).getRecords();
  }
}
