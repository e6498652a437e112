package dev.bulwark.data;

import dev.bulwark.core.aid.AidRelease;
import dev.bulwark.core.country.Countries;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Source;
import dev.bulwark.data.aid.KielDataHub;
import dev.bulwark.data.format.AidFormat;
import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.format.TidyFormat;
import dev.bulwark.data.workbook.Imported;
import dev.bulwark.data.workbook.NatoTables;
import dev.bulwark.data.workbook.SipriWorkbook;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The user's local store of imported editions, in the ledger's tidy format.
 *
 * <p>Layout: {@code <store>/editions/<source>-<id>@<generation>/} holds one edition
 * ({@code nato-2024@1}). An import reads and validates the whole workbook first, writes the edition
 * into a hidden temporary directory inside the store, reads it back as the commands will and checks
 * it ({@link EditionVerifier}: years, duplicates, plausible values, NATO's tables against each
 * other), then renames it to the next generation with an atomic move; only after that are older
 * generations of the same edition removed. Readers take
 * the highest generation, so they see the old edition or the new one, never a mixture, and a
 * failed import leaves the store as it was. The files and directories are forced to disk before
 * and after the rename, so a crash cannot leave the new generation half written while the old
 * one is gone. Editions are readable by everyone who can read the store (rwxr-xr-x directories,
 * rw-r--r-- files), so a {@code BULWARK_HOME} shared by a team works for all of it.
 *
 * <p>A stored edition that does not read (a damaged or unreadable file) is skipped rather than
 * failing every command: {@code Ledger.open} records why in {@code Ledger.problems()}.
 */
public final class EditionStore {

  private static final String EDITIONS = "editions";
  private static final String AID = "aid";
  private static final char GENERATION = '@';
  private static final String TEMP_PREFIX = ".import-";
  private static final String LOCK = ".import.lock";
  private static final Set<PosixFilePermission> SHARED_DIRECTORY =
      PosixFilePermissions.fromString("rwxr-xr-x");
  private static final Set<PosixFilePermission> SHARED_FILE =
      PosixFilePermissions.fromString("rw-r--r--");

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
   * Returns the imported editions that read, by source and then by release
   * ({@link Edition#releaseOrder()}); damaged ones are left out (see {@code Ledger.problems()}).
   *
   * @throws LedgerException (a failure) when the store cannot be read
   */
  public List<Edition> editions() {
    return new ArrayList<>(scan().editions().keySet());
  }

  /**
   * Imports an official workbook: NATO's Defence Expenditure tables or SIPRI's Military
   * Expenditure Database. Re-importing an edition replaces it. The edition's id and directory
   * come from the workbook's year headings, never from the file's name.
   *
   * @return the edition imported
   * @throws ImportException naming the file, sheet and cell when the workbook does not read or
   *     fails a check of {@link EditionVerifier} (nothing is changed)
   * @throws LedgerException (a failure) when the store cannot be written (nothing is changed)
   */
  public Edition importWorkbook(Source source, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ImportException("", "", "no file '" + file + "': expected the path of "
          + source.shortName() + "'s official workbook");
    }
    Imported imported = switch (source) {
      case NATO -> new NatoTables(Countries.bundled()).readWithPlaces(file);
      case SIPRI -> new SipriWorkbook(Countries.bundled()).readWithPlaces(file);
      case KIEL -> throw new ImportException("", "", "Kiel's tracker is imported from the"
          + " directory of a release's Data Hub files, not from a workbook: use importAid");
      case WORLD_BANK -> throw new ImportException("", "", "World Bank series cannot be imported"
          + " from a workbook: expected source NATO or SIPRI");
    };
    store(imported, imported.edition().edition().origin());
    return imported.edition().edition();
  }

  /**
   * Imports a release of the Kiel Institute's Ukraine Support Tracker from the directory of its
   * Data Hub files ({@link KielDataHub}): read by header, checked file against file, written in
   * the aid ledger's tidy format ({@link AidFormat}) into a hidden directory, read back and
   * compared with what was read, then moved into place atomically as for a workbook. Re-importing
   * a release replaces it. The release's number comes from {@code release_info.csv}.
   *
   * @return the release imported ({@code Kiel 29})
   * @throws ImportException naming the file, line and column when a file does not read or the
   *     files disagree (nothing is changed)
   * @throws LedgerException (a failure) when the store cannot be written (nothing is changed)
   */
  public Edition importAid(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ImportException("", "", "no directory '" + dir + "': expected the directory of"
          + " a Ukraine Support Tracker release's Data Hub files (data_explorer.csv, ...)");
    }
    AidRelease release = new KielDataHub(Countries.bundled()).read(dir);
    String name = LedgerEdition.directoryName(release.edition());
    publish(AID, name, release.edition().citation(), temp -> {
      AidFormat.write(release, temp);
      if (!AidFormat.read(TidyFormat.directory(temp), name).equals(release)) {
        throw new ImportException("", "", release.edition().citation() + " does not read back"
            + " as it was written: nothing was stored");
      }
    });
    return release.edition();
  }

  /**
   * Returns the imported releases of Kiel's tracker that read, oldest first, each with the
   * directory of its highest generation; and why each damaged one was skipped.
   */
  Scan aidScan() {
    return scan(AID);
  }

  /**
   * Reads one imported aid release in full.
   *
   * @throws LedgerException (a failure) naming where and why the release is damaged
   */
  AidRelease loadAid(Edition edition) {
    Path dir = aidScan().editions().get(edition);
    if (dir == null) {
      throw LedgerException.badInput("the store " + root + " has no release "
          + edition.citation());
    }
    String name = dir.getFileName().toString();
    try {
      return AidFormat.read(TidyFormat.directory(dir), name);
    } catch (IOException | RuntimeException e) {
      throw LedgerException.failure(damage(name, e), e);
    }
  }

  /**
   * Re-checks every stored edition with the checks an import applies ({@link EditionVerifier}),
   * reading each as the commands do.
   *
   * @return one sentence per problem, prefixed with the edition's directory
   *     ({@code nato-2024@1/values.csv line 14: ...}), including editions that do not read at all;
   *     empty when every stored edition passes
   * @throws LedgerException (a failure) when the store cannot be listed
   */
  public List<String> verify() {
    Scan scan = scan();
    List<String> problems = new ArrayList<>(scan.damaged().values());
    Scan aid = aidScan();
    problems.addAll(aid.damaged().values());
    for (Edition release : aid.editions().keySet()) {
      try {
        loadAid(release);
      } catch (LedgerException e) {
        problems.add(e.getMessage());
      }
    }
    for (Path dir : scan.editions().values()) {
      String name = dir.getFileName().toString();
      try {
        LedgerEdition edition = TidyFormat.read(TidyFormat.directory(dir), name);
        ValuePlaces lines = ValuePlaces.ofLines(edition.values(), name + "/" + TidyFormat.VALUES);
        EditionVerifier.check(edition, lines).forEach(p -> problems.add(p.message()));
      } catch (IOException | RuntimeException e) {
        problems.add(damage(name, e));
      }
    }
    return problems;
  }

  /**
   * What the store holds: each edition whose metadata reads, with the directory of its highest
   * generation, and, by directory name without the generation ({@code nato-2025}), why each
   * damaged one was skipped.
   */
  record Scan(Map<Edition, Path> editions, Map<String, String> damaged) {
  }

  /**
   * Reads one imported edition in full.
   *
   * @throws LedgerException (a failure) whose message is where and why the edition is damaged
   *     ("nato-2025@2/values.csv line 14: ...")
   */
  LedgerEdition load(Edition edition) {
    Path dir = scan().editions().get(edition);
    if (dir == null) {
      throw LedgerException.badInput("the store " + root + " has no edition "
          + edition.citation());
    }
    String name = dir.getFileName().toString();
    try {
      return TidyFormat.read(TidyFormat.directory(dir), name);
    } catch (IOException | RuntimeException e) {
      throw LedgerException.failure(damage(name, e), e);
    }
  }

  /** Returns each stored edition with the directory of its highest generation. */
  Scan scan() {
    return scan(EDITIONS);
  }

  /** Returns each stored edition of a kind with the directory of its highest generation. */
  private Scan scan(String kind) {
    Path editions = root.resolve(kind);
    if (!Files.isDirectory(editions)) {
      return new Scan(Map.of(), Map.of());
    }
    Map<String, Path> newest = new TreeMap<>();
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
    } catch (IOException e) {
      throw LedgerException.failure("cannot list the edition store " + editions + ": "
          + e.getMessage(), e);
    }
    Map<Edition, Path> byEdition = new TreeMap<>(Edition.releaseOrder());
    Map<String, String> damaged = new TreeMap<>();
    for (Map.Entry<String, Path> entry : newest.entrySet()) {
      String name = entry.getValue().getFileName().toString();
      try {
        byEdition.put(TidyFormat.readEdition(TidyFormat.directory(entry.getValue()), name),
            entry.getValue());
      } catch (IOException | RuntimeException e) {
        damaged.put(entry.getKey(), damage(name, e));
      }
    }
    return new Scan(Collections.unmodifiableMap(byEdition), Collections.unmodifiableMap(damaged));
  }

  /**
   * Says why the store could not be written: for a denied permission (a read-only
   * {@code BULWARK_HOME}) the words and the path, with the remedy; else the I/O error's message.
   */
  static String why(IOException e) {
    if (e instanceof AccessDeniedException denied) {
      return "permission denied on " + denied.getFile() + " (make it writable, or set "
          + "BULWARK_HOME to a directory you can write)";
    }
    return e.getMessage();
  }

  /** Returns where and why a stored edition does not read, as one phrase. */
  private static String damage(String name, Exception e) {
    return e instanceof IOException ? name + ": cannot read it (" + e + ")" : e.getMessage();
  }

  /**
   * Writes the edition into a hidden temporary directory, reads it back as the commands will and
   * checks it ({@link EditionVerifier}), makes it readable by everyone who can read the store,
   * forces its files and the directory to disk, renames it atomically to the next generation,
   * forces the editions directory, and only then removes the older generations. A crash at any
   * point leaves either the old generation or the new one complete; a refused edition leaves
   * nothing. Imports into one store take turns (a lock file), so the temporary directories found
   * while holding the lock are leftovers of interrupted imports and are removed.
   *
   * @throws ImportException naming the file and the cell when the edition fails a check
   */
  private void store(Imported imported, String file) {
    LedgerEdition edition = imported.edition();
    publish(EDITIONS, edition.directoryName(), edition.edition().citation(), temp -> {
      TidyFormat.write(edition, temp);
      LedgerEdition readBack = TidyFormat.read(TidyFormat.directory(temp),
          edition.directoryName());
      List<EditionVerifier.Problem> problems =
          EditionVerifier.check(readBack, imported.places());
      if (!problems.isEmpty()) {
        throw problems.get(0).toImportException(file);
      }
    });
  }

  /** Writes an edition into a temporary directory and checks it there, throwing if it fails. */
  @FunctionalInterface
  private interface Writing {
    void writeAndCheck(Path temp) throws IOException;
  }

  /**
   * Publishes one edition directory under {@code <store>/<kind>/}: see {@link #store}.
   *
   * @param kind the store's subdirectory ({@code editions}, {@code aid})
   * @param name the edition's directory name without generation ({@code kiel-29})
   * @param citation the edition's citation for messages
   * @param writing writes the files into the temporary directory and checks them
   */
  private void publish(String kind, String name, String citation, Writing writing) {
    Path editions = root.resolve(kind);
    Path temp = null;
    try {
      Files.createDirectories(editions);
      try (FileChannel lock = FileChannel.open(root.resolve(LOCK),
          StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock held = lock.lock()) {
        removeLeftovers(editions);
        temp = Files.createTempDirectory(editions, TEMP_PREFIX);
        writing.writeAndCheck(temp);
        shareAndForce(temp);
        List<Path> older = generations(editions, name);
        int next = older.stream().mapToInt(EditionStore::generation).max().orElse(0) + 1;
        Path target = editions.resolve(name + GENERATION + next);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        temp = null;
        forceDirectory(editions);
        for (Path old : older) {
          deleteTree(old);
        }
      }
    } catch (AtomicMoveNotSupportedException e) {
      throw LedgerException.failure("the store " + root + " cannot rename directories"
          + " atomically; expected a local file system", e);
    } catch (IOException e) {
      throw LedgerException.failure("cannot write " + citation + " into the store " + root
          + ": " + why(e), e);
    } finally {
      if (temp != null) {
        deleteQuietly(temp);
      }
    }
  }

  /** Removes the temporary directories that interrupted imports left behind. */
  private static void removeLeftovers(Path editions) throws IOException {
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(editions, TEMP_PREFIX + "*")) {
      for (Path leftover : leftovers) {
        deleteTree(leftover);
      }
    }
  }

  /**
   * Gives an edition directory rwxr-xr-x and its files rw-r--r-- where the file system has POSIX
   * permissions (a store shared by a team stays readable by all of it), then forces each file and
   * the directory to disk.
   */
  private static void shareAndForce(Path dir) throws IOException {
    boolean posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        if (posix) {
          Files.setPosixFilePermissions(file, SHARED_FILE);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
          channel.force(true);
        }
      }
    }
    if (posix) {
      Files.setPosixFilePermissions(dir, SHARED_DIRECTORY);
    }
    forceDirectory(dir);
  }

  /**
   * Forces a directory's entries to disk, where the platform can open a directory as a channel
   * (Linux and macOS can; Windows cannot, and there the step is skipped).
   */
  private static void forceDirectory(Path dir) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(dir, StandardOpenOption.READ);
    } catch (IOException | UnsupportedOperationException e) {
      return;
    }
    try (channel) {
      channel.force(true);
    }
  }

  private static List<Path> generations(Path editions, String directoryName)
      throws IOException {
    try (Stream<Path> dirs = Files.list(editions)) {
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
