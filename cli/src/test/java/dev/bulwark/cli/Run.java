package dev.bulwark.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
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
}
