package dev.bulwark.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.BulwarkException;
import dev.bulwark.report.ReportException;
import dev.bulwark.report.brief.Brief;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BriefWriterTest {

  private static final BriefRenderer RENDERER = new BriefRenderer();
  private final BriefWriter writer = new BriefWriter(RENDERER);

  @Test
  void writesIndexHtmlIntoANewNestedDirectory(@TempDir Path temp) throws IOException {
    Brief brief = SampleBrief.withEveryChart();
    Path out = temp.resolve("briefs").resolve("2024");

    Path page = writer.write(brief, out);

    assertThat(page).isEqualTo(out.resolve("index.html"));
    assertThat(Files.readString(page, StandardCharsets.UTF_8)).isEqualTo(RENDERER.render(brief));
  }

  @Test
  void thePageIsReadableByOthersLikeAnyDocument(@TempDir Path temp) throws IOException {
    Assumptions.assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions are not supported on this file system");

    Path page = writer.write(SampleBrief.withEveryChart(), temp);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(page)))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void replacesAnOlderPageAndLeavesNoTemporaryFile(@TempDir Path temp) throws IOException {
    writer.write(brief("Old"), temp);

    Path page = writer.write(brief("New"), temp);

    assertThat(Files.readString(page)).contains("<h1>New</h1>").doesNotContain("<h1>Old</h1>");
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files).containsExactly(page);
    }
  }

  @Test
  void anOutputDirectoryThatIsAFileIsBadInput(@TempDir Path temp) throws IOException {
    Path file = Files.writeString(temp.resolve("brief"), "not a directory");

    assertThatThrownBy(() -> writer.write(brief("Brief"), file))
        .isInstanceOfSatisfying(ReportException.class,
            e -> assertThat(e.kind()).isEqualTo(BulwarkException.Kind.BAD_INPUT))
        .hasMessage("output directory '" + file
            + "' exists but is not a directory; expected a directory for index.html");
  }

  private static Brief brief(String title) {
    return Brief.builder(title).section(Section.of("only", "Only", Paragraph.of("Text"))).build();
  }
}
