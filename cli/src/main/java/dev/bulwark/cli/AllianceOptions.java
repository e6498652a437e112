package dev.bulwark.cli;

import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.core.BadInputException;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.data.Ledger;
import dev.bulwark.server.api.BurdenApi;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What every burden-sharing command reads: the alliance, the editions, and which source answers
 * ({@code auto}: NATO's tables for the years they cover, SIPRI with World Bank GDP otherwise).
 */
final class AllianceOptions {

  @Option(names = "--alliance", defaultValue = "NATO", paramLabel = "ID",
      description = "The alliance whose members on each year are compared (default: ${DEFAULT-VALUE}).")
  private String allianceId;

  @Option(names = "--source", defaultValue = "auto", paramLabel = "auto|nato|sipri",
      description = "Which source answers: auto (NATO tables where they cover the year, else "
          + "SIPRI with World Bank GDP), nato or sipri. Sources are never mixed within a year.")
  private String source;

  @Mixin
  private LedgerOptions ledgerOptions;

  private Ledger ledger;

  /** Returns the ledger with the chosen editions, opened once. */
  Ledger ledger() {
    if (ledger == null) {
      ledger = ledgerOptions.ledger();
    }
    return ledger;
  }

  Panel panel() {
    return ledger().panel();
  }

  Alliance alliance() {
    return ledger().alliance(allianceId);
  }

  /** Returns the forced source, or empty for auto. */
  Optional<SpendingSource> source() {
    String wanted = source.strip().toUpperCase(Locale.ROOT);
    if (wanted.equals("AUTO")) {
      return Optional.empty();
    }
    return Optional.of(Arrays.stream(SpendingSource.values()).filter(s -> s.name().equals(wanted))
        .findFirst().orElseThrow(() -> new BadInputException(
            "--source must be auto, nato or sipri, was '" + source + "'")));
  }

  /** Returns the alliance and source as API parameters. */
  ApiQuery parameters() {
    return new ApiQuery().with("alliance", allianceId).with("source", source);
  }

  /** Returns the API's burden-sharing answers over the chosen editions. */
  BurdenApi burden() {
    return new BurdenApi(ledger());
  }

  /** Returns the country's short name for a code ("Poland" for POL). */
  String name(String iso3) {
    return ledger().countries().byIso3(iso3).name();
  }
}
