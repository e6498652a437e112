package dev.bulwark.answers.export;

import dev.bulwark.answers.AnswersException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Puts a directory in place whole: its contents are written into a hidden directory beside the
 * target (rwxr-xr-x, so the package can be shared), which is then renamed onto the target (a target that exists is first renamed aside, and
 * removed once the new one is in place). A failure at any step removes what was written and
 * leaves the target as it was.
 */
final class PackageDirectory {

  private static final String FIELD = "out";
  /** A package is for sharing: readable by everyone who can read its parent (rwxr-xr-x). */
  private static final Set<PosixFilePermission> READABLE_BY_ALL =
      PosixFilePermissions.fromString("rwxr-xr-x");

  /** Writes a directory's contents. */
  @FunctionalInterface
  interface Contents {
    /** Writes the files into {@code dir}. */
    void writeInto(Path dir) throws IOException;
  }

  private PackageDirectory() {
  }

  /**
   * Checks that a target may be written.
   *
   * @throws AnswersException (bad input) when it is a file, or a directory that is not empty
   *     while {@code replace} is false
   */
  static void requireWritable(Path target, boolean replace) {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw AnswersException.badInput(FIELD, target.toString(), FIELD + ": " + target
          + " is a file: expected a new or empty directory");
    }
    if (!replace && Files.isDirectory(target) && !isEmpty(target)) {
      throw AnswersException.badInput(FIELD, target.toString(), FIELD + ": " + target
          + " is not empty: choose a new or empty directory, or pass --force to replace what"
          + " it holds");
    }
  }

  /**
   * Writes the contents aside and renames them onto the target.
   *
   * @throws AnswersException (a failure) when a step fails; nothing written is left behind
   */
  static void replace(Path target, Contents contents) {
    Path parent = target.getParent();
    String name = "." + target.getFileName() + ".";
    Path temp = null;
    Path aside = null;
    try {
      Files.createDirectories(parent);
      temp = Files.createTempDirectory(parent, name + "writing-");
      if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
        Files.setPosixFilePermissions(temp, READABLE_BY_ALL);
      }
      contents.writeInto(temp);
      if (Files.exists(target)) {
        aside = Files.createTempDirectory(parent, name + "replaced-");
        Files.move(target, aside, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      temp = null;
    } catch (IOException e) {
      if (aside != null && !Files.exists(target)) {
        restore(aside, target);
        aside = null;
      }
      throw AnswersException.failure("cannot write the data package to " + target + ": " + e,
          e);
    } finally {
      deleteQuietly(temp);
      deleteQuietly(aside);
    }
  }

  /** Puts a target renamed aside back after a failure. */
  private static void restore(Path aside, Path target) {
    try {
      Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException ignored) {
      // the old contents stay in the hidden directory beside the target
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw AnswersException.failure("cannot list " + dir + ": " + e, e);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // a hidden leftover beside the target; the next export writes under a new name
    }
  }
}
