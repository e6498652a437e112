package dev.bulwark.data;

import dev.bulwark.core.country.Countries;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Source;
import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.format.TidyFormat;
import dev.bulwark.data.workbook.NatoTables;
import dev.bulwark.data.workbook.SipriWorkbook;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The user's local store of imported editions, in the ledger's tidy format.
 *
 * <p>Layout: {@code <store>/editions/<source>-<id>@<generation>/} holds one edition
 * ({@code nato-2024@1}). An import reads and validates the whole workbook first, writes the edition
 * into a hidden temporary directory inside the store, then renames it to the next generation with
 * an atomic move; only after that are older generations of the same edition removed. Readers take
 * the highest generation, so they see the old edition or the new one, never a mixture, and a
 * failed import leaves the store as it was.
 */
public final class EditionStore {

  private static final String EDITIONS = "editions";
  private static final char GENERATION = '@';

  private final Path root;

  private EditionStore(Path root) {
    this.root = root;
  }

  /**
   * Returns the store at {@code $BULWARK_HOME}, else {@code $XDG_DATA_HOME/bulwark}, else
   * {@code ~/.local/share/bulwark}.
   */
  public static EditionStore defaultLocation() {
    return at(defaultDirectory(System.getenv(), System.getProperty("user.home")));
  }

  /** Returns the store in a directory (created on the first import). */
  public static EditionStore at(Path dir) {
    return new EditionStore(dir);
  }

  static Path defaultDirectory(Map<String, String> env, String userHome) {
    String home = env.get("BULWARK_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home);
    }
    String xdg = env.get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "bulwark");
    }
    return Path.of(userHome, ".local", "share", "bulwark");
  }

  /** Returns the store's directory. */
  public Path directory() {
    return root;
  }

  /**
   * Returns the imported editions, sorted by source then publication date.
   *
   * @throws LedgerException (a failure) when the store cannot be read
   */
  public List<Edition> editions() {
    return new ArrayList<>(current().keySet());
  }

  /**
   * Imports an official workbook: NATO's Defence Expenditure tables or SIPRI's Military
   * Expenditure Database. Re-importing an edition replaces it.
   *
   * @return the edition imported
   * @throws ImportException when the workbook does not read (nothing is changed)
   * @throws LedgerException (a failure) when the store cannot be written (nothing is changed)
   */
  public Edition importWorkbook(Source source, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ImportException("", "", "no file '" + file + "': expected the path of "
          + source.shortName() + "'s official workbook");
    }
    LedgerEdition edition = switch (source) {
      case NATO -> new NatoTables(Countries.bundled()).read(file);
      case SIPRI -> new SipriWorkbook(Countries.bundled()).read(file);
      case WORLD_BANK -> throw new ImportException("", "", "World Bank series cannot be imported"
          + " from a workbook: expected source NATO or SIPRI");
    };
    store(edition);
    return edition.edition();
  }

  /** Reads one imported edition in full. */
  LedgerEdition load(Edition edition) {
    Path dir = current().get(edition);
    if (dir == null) {
      throw LedgerException.badInput("the store " + root + " has no edition "
          + edition.citation());
    }
    try {
      return TidyFormat.read(TidyFormat.directory(dir), dir.toString());
    } catch (IOException | RuntimeException e) {
      throw LedgerException.failure("cannot read imported edition " + dir + ": "
          + e.getMessage(), e);
    }
  }

  private void store(LedgerEdition edition) {
    Path editions = root.resolve(EDITIONS);
    Path temp = null;
    try {
      Files.createDirectories(editions);
      temp = Files.createTempDirectory(editions, ".import-");
      TidyFormat.write(edition, temp);
      List<Path> older = generations(edition.directoryName());
      int next = older.stream().mapToInt(EditionStore::generation).max().orElse(0) + 1;
      Path target = editions.resolve(edition.directoryName() + GENERATION + next);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      temp = null;
      for (Path old : older) {
        deleteTree(old);
      }
    } catch (AtomicMoveNotSupportedException e) {
      throw LedgerException.failure("the store " + root + " cannot rename directories"
          + " atomically; expected a local file system", e);
    } catch (IOException e) {
      throw LedgerException.failure("cannot write " + edition.edition().citation()
          + " into the store " + root + ": " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        deleteQuietly(temp);
      }
    }
  }

  /** Returns each stored edition with the directory of its highest generation. */
  private Map<Edition, Path> current() {
    Path editions = root.resolve(EDITIONS);
    if (!Files.isDirectory(editions)) {
      return Map.of();
    }
    Map<String, Path> newest = new LinkedHashMap<>();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(editions)) {
      for (Path dir : dirs) {
        String name = dir.getFileName().toString();
        int at = name.lastIndexOf(GENERATION);
        if (name.startsWith(".") || at < 0 || !Files.isDirectory(dir)) {
          continue;
        }
        newest.merge(name.substring(0, at), dir,
            (a, b) -> generation(a) >= generation(b) ? a : b);
      }
      Map<Edition, Path> byEdition = new HashMap<>();
      for (Path dir : newest.values()) {
        byEdition.put(TidyFormat.readEdition(TidyFormat.directory(dir), dir.toString()), dir);
      }
      Map<Edition, Path> out = new LinkedHashMap<>();
      byEdition.keySet().stream()
          .sorted(Comparator.comparing(Edition::source).thenComparing(Edition::published))
          .forEach(e -> out.put(e, byEdition.get(e)));
      return out;
    } catch (IOException | RuntimeException e) {
      throw LedgerException.failure("cannot read the edition store " + editions + ": "
          + e.getMessage(), e);
    }
  }

  private List<Path> generations(String directoryName) throws IOException {
    try (Stream<Path> dirs = Files.list(root.resolve(EDITIONS))) {
      return dirs.filter(d -> d.getFileName().toString().startsWith(directoryName + GENERATION))
          .toList();
    }
  }

  private static int generation(Path dir) {
    String name = dir.getFileName().toString();
    try {
      return Integer.parseInt(name.substring(name.lastIndexOf(GENERATION) + 1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      deleteTree(dir);
    } catch (IOException ignored) {
      // a leftover hidden temporary directory is ignored by readers
    }
  }
}
