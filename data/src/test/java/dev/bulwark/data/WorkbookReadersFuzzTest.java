package dev.bulwark.data;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.core.BulwarkException;
import dev.bulwark.core.country.Countries;
import dev.bulwark.data.workbook.NatoTables;
import dev.bulwark.data.workbook.SipriWorkbook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Feeds damaged workbooks to the NATO and SIPRI readers: the only exception that may escape is
 * bad input ({@link LedgerException} of kind BAD_INPUT, which names file, sheet and cell). Each
 * input either replaces the whole file with the fuzzer's bytes or, mostly, damages one part (a
 * sheet's XML, the shared strings, the document properties) of a workbook the fixtures build in
 * the published layout, so the fuzzer reaches past the zip container into the tables.
 * {@code ./mvnw verify} runs the targets in regression mode (the saved inputs, if any, and an
 * empty one); {@code JAZZER_FUZZ=1} fuzzes, as the README's data section shows.
 */
final class WorkbookReadersFuzzTest {

  private static final Countries COUNTRIES = Countries.bundled();
  private static final Parts NATO = built(dir -> new NatoFixture().write(dir.resolve("n.xlsx")));
  private static final Parts SIPRI = built(dir -> new SipriFixture().write(dir.resolve("s.xlsx")));

  /** A workbook's zip entries: their names and contents, in order. */
  private record Parts(List<String> names, List<byte[]> contents) {}

  @FuzzTest(maxDuration = "5m")
  void onlyBadInputEscapesTheNatoReader(FuzzedDataProvider data) throws IOException {
    read(damaged(NATO, data), file -> new NatoTables(COUNTRIES).read(file));
  }

  @FuzzTest(maxDuration = "5m")
  void onlyBadInputEscapesTheSipriReader(FuzzedDataProvider data) throws IOException {
    read(damaged(SIPRI, data), file -> new SipriWorkbook(COUNTRIES).read(file));
  }

  private static void read(byte[] workbook, Consumer<Path> reader) throws IOException {
    Path file = Files.createTempFile("bulwark-fuzz", ".xlsx");
    try {
      Files.write(file, workbook);
      reader.accept(file);
    } catch (BulwarkException e) {
      if (e.kind() != BulwarkException.Kind.BAD_INPUT) {
        throw e;
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Returns the fuzzer's bytes as the whole file, or the workbook with one part damaged. */
  private static byte[] damaged(Parts workbook, FuzzedDataProvider data) throws IOException {
    if (data.consumeInt(0, 9) == 0) {
      return data.consumeRemainingAsBytes();
    }
    List<byte[]> contents = new ArrayList<>(workbook.contents());
    int part = data.consumeInt(0, contents.size() - 1);
    byte[] original = contents.get(part);
    int from = data.consumeInt(0, original.length);
    int to = data.consumeInt(from, original.length);
    byte[] inserted = data.consumeRemainingAsBytes();
    ByteArrayOutputStream changed = new ByteArrayOutputStream();
    changed.write(original, 0, from);
    changed.write(inserted);
    changed.write(original, to, original.length - to);
    contents.set(part, changed.toByteArray());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < contents.size(); i++) {
        zip.putNextEntry(new ZipEntry(workbook.names().get(i)));
        zip.write(contents.get(i));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** A workbook a fixture writes, as bytes. */
  @FunctionalInterface
  private interface Writer {
    Path write(Path dir) throws IOException;
  }

  private static Parts built(Writer writer) {
    try {
      Path dir = Files.createTempDirectory("bulwark-fuzz-seed");
      Path file = writer.write(dir);
      List<String> names = new ArrayList<>();
      List<byte[]> contents = new ArrayList<>();
      try (ZipFile zip = new ZipFile(file.toFile())) {
        for (ZipEntry entry : Collections.list(zip.entries())) {
          names.add(entry.getName());
          contents.add(zip.getInputStream(entry).readAllBytes());
        }
      }
      Files.delete(file);
      Files.delete(dir);
      return new Parts(List.copyOf(names), List.copyOf(contents));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
