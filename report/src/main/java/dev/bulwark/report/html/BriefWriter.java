package dev.bulwark.report.html;

import dev.bulwark.report.ReportException;
import dev.bulwark.report.brief.Brief;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a brief as {@code index.html} into an output directory, creating the directory when
 * needed. The page is first written to a temporary file beside the target and then moved over it
 * in one step, so a reader never sees half a page and a failed write leaves the old page intact.
 */
public final class BriefWriter {

  /** The name of the page written into the output directory. */
  public static final String PAGE = "index.html";

  private final BriefRenderer renderer;

  /** Returns a writer that renders with {@code renderer}. */
  public BriefWriter(BriefRenderer renderer) {
    ReportException.require(renderer != null, "renderer must be given, was null");
    this.renderer = renderer;
  }

  /**
   * Renders {@code brief} and writes it to {@code outputDirectory/index.html}.
   *
   * @return the path of the page written
   * @throws ReportException of kind BAD_INPUT when {@code outputDirectory} exists as a file, of
   *     kind FAILURE when the page cannot be written
   */
  public Path write(Brief brief, Path outputDirectory) {
    ReportException.require(outputDirectory != null, "output directory must be given, was null");
    String html = renderer.render(brief);
    Path page = outputDirectory.resolve(PAGE);
    try {
      Files.createDirectories(outputDirectory);
    } catch (FileAlreadyExistsException e) {
      throw ReportException.badInput("output directory '" + outputDirectory
          + "' exists but is not a directory; expected a directory for " + PAGE, e);
    } catch (IOException e) {
      throw ReportException.failure("could not create output directory '" + outputDirectory
          + "': " + e.getMessage(), e);
    }
    Path temporary = null;
    try {
      temporary = Files.createTempFile(outputDirectory, ".index-", ".html.tmp");
      Files.writeString(temporary, html, StandardCharsets.UTF_8);
      shareable(temporary);
      move(temporary, page);
      return page;
    } catch (IOException e) {
      throw ReportException.failure("could not write '" + page + "': " + e.getMessage(), e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  /** Temporary files are private to their owner; the brief is meant to be read and shared. */
  private static void shareable(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private static void move(Path temporary, Path page) throws IOException {
    try {
      Files.move(temporary, page, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, page, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // The page itself is written or the failure is already being reported; a stray temporary
      // file beside it is harmless and ignored on the next write.
    }
  }
}
