package dev.bulwark.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The store on the embedded H2 file, as {@code bulwark serve} uses it by default. */
final class H2StoreTest extends StoreContract {

  @Override
  Database database() {
    try {
      return Database.embedded(Files.createTempDirectory("bulwark-store"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
