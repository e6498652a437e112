package dev.bulwark.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar's manifest ("development build" when run from classes). */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Bulwark.class.getPackage().getImplementationVersion();
    return new String[] {"bulwark " + (version == null ? "development build" : version)};
  }
}
