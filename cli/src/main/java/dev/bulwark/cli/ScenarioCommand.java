package dev.bulwark.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Scenario files: what-ifs across the three questions; its subcommand is 'scenario run'. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
    description = {
        "What-ifs from a YAML scenario file (format: docs/scenarios.md): move US forces",
        "between hosts and commands, change an ally's spending path, add or withdraw units from",
        "a theatre's order of battle, add, withdraw or delay the Taiwan Strait's anti-ship",
        "launchers, ships and aircraft or move an element from EUCOM there (orders_of_battle's",
        "strait block), withdraw a state from an instrument. 'scenario run' prints every figure",
        "that changed against the baseline.",
    },
    footer = {"", "Examples:",
        "  bulwark scenario run docs/scenarios/europe-to-indo-pacific.yaml",
        "  bulwark scenario run docs/scenarios/baltic-reinforced.yaml --format csv > changes.csv",
        "  bulwark scenario run docs/scenarios/taiwan-long-range-strike.yaml"})
final class ScenarioCommand implements Runnable {

  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
