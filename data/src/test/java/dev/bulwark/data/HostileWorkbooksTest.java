package dev.bulwark.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.BulwarkException;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Source;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged NATO and SIPRI workbooks, built from the fixtures in the published layouts and then
 * broken one way each (a heading duplicated, shifted or out of range; a value negative, huge,
 * NaN or text; a sheet missing; the zip truncated; the XML of one cell broken), are refused:
 * each import fails with an {@link ImportException} (bad input, exit 2 in the CLI) whose message
 * names the place, and the store keeps the previous good edition byte for byte.
 */
final class HostileWorkbooksTest {

  @TempDir Path tmp;

  /** A way to damage a workbook: writes the damaged file into a directory. */
  @FunctionalInterface
  interface Damage {
    Path write(Path dir) throws IOException;
  }

  /**
   * One damaged workbook.
   *
   * @param name what is damaged, as the test report shows it
   * @param place what the refusal must name (a sheet and cell such as {@code TABLE3!D11})
   */
  record Hostile(String name, Source source, Damage damage, String place) {

    @Override
    public String toString() {
      return name;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void aDamagedWorkbookIsRefusedNamingThePlaceAndTheStoreIsUnchanged(Hostile hostile)
      throws IOException {
    EditionStore store = EditionStore.at(tmp.resolve("store"));
    Path good = hostile.source() == Source.NATO
        ? new NatoFixture().write(tmp.resolve("good.xlsx"))
        : new SipriFixture().write(tmp.resolve("good.xlsx"));
    Edition before = store.importWorkbook(hostile.source(), good);
    Map<String, String> hashes = hashes(store.directory());
    Path damaged = hostile.damage().write(tmp);

    assertThatThrownBy(() -> store.importWorkbook(hostile.source(), damaged))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.kind()).isEqualTo(BulwarkException.Kind.BAD_INPUT);
          assertThat(e.getMessage()).contains(hostile.place());
        });
    assertThat(hashes(store.directory())).isEqualTo(hashes);
    assertThat(Ledger.open(store, Map.of()).panel().edition(hostile.source())).contains(before);
  }

  @Test
  void aFileNameWithControlCharactersImportsAndReadsBack() throws IOException {
    EditionStore store = EditionStore.at(tmp.resolve("store"));
    Path file = new NatoFixture().write(tmp.resolve("nato\r\n\t2024.xlsx"));

    Edition edition = store.importWorkbook(Source.NATO, file);
    Ledger ledger = Ledger.open(store, Map.of());

    assertThat(edition.id()).isEqualTo("2024");
    assertThat(edition.origin()).isEqualTo("nato???2024.xlsx");
    assertThat(ledger.problems()).isEmpty();
    assertThat(ledger.panel().edition(Source.NATO)).contains(edition);
    assertThat(store.verify()).isEmpty();
  }

  @Test
  void verifyNamesTheStoredLineOfAValueChangedAfterTheImport() throws IOException {
    EditionStore store = EditionStore.at(tmp.resolve("store"));
    store.importWorkbook(Source.NATO, new NatoFixture().write(tmp.resolve("n.xlsx")));
    Path values = tmp.resolve("store/editions/nato-2024@1/values.csv");
    Files.writeString(values, Files.readString(values).replace("POL,2023,nato_defexp_share_gdp,4.0,",
        "POL,2023,nato_defexp_share_gdp,5000.0,"));

    assertThat(store.verify()).hasSize(2).first().asString()
        .startsWith("nato_defexp_share_gdp of POL in 2023 at nato-2024@1/values.csv line 57 ")
        .contains("is 5000.0: expected % of real GDP within 0.0 and 60.0");
  }

  @Test
  void leftoversOfAnInterruptedImportAreRemovedByTheNextImport() throws IOException {
    EditionStore store = EditionStore.at(tmp.resolve("store"));
    Path leftover = Files.createDirectories(tmp.resolve("store/editions/.import-123"));
    Files.writeString(leftover.resolve("values.csv"), "iso3,year\n");

    store.importWorkbook(Source.NATO, new NatoFixture().write(tmp.resolve("n.xlsx")));

    assertThat(leftover).doesNotExist();
  }

  static Stream<Hostile> hostile() {
    List<Hostile> cases = new ArrayList<>();
    cases.addAll(natoHeadings());
    cases.addAll(natoValues());
    cases.addAll(natoXml());
    cases.addAll(sipri());
    cases.addAll(files());
    return cases.stream();
  }

  private static List<Hostile> natoHeadings() {
    return List.of(
        nato("NATO: a year heading duplicated in one table (two 2023e)",
            f -> f.cell("TABLE3!F8", "2023e"), "TABLE3!F8"),
        nato("NATO: a year heading duplicated in the first table",
            f -> f.cell("TABLE1!F8", "2023e"), "TABLE1!F8"),
        nato("NATO: one stray 2025e heading right of a table",
            f -> f.cell("TABLE3!G8", "2025e"), "TABLE3!G8"),
        nato("NATO: one stray 2025e heading right of the first table",
            f -> f.cell("TABLE1!G8", "2025e"), "TABLE1!G8"),
        nato("NATO: a 2999e heading in one table", f -> f.cell("TABLE3!F8", "2999e"), "TABLE3!F8"),
        nato("NATO: a 2999e heading in every table", f -> f.years = List.of("2022", "2023e",
            "2999e"), "TABLE1!F8"),
        nato("NATO: headings of one table shifted one column right", f -> f.cell("TABLE3!D8", "")
            .cell("TABLE3!E8", "2022").cell("TABLE3!F8", "2023e").cell("TABLE3!G8", "2024e"),
            "TABLE3!G8"),
        nato("NATO: headings of one table shifted one column left", f -> f.cell("TABLE3!C8",
            "2022").cell("TABLE3!D8", "2023e").cell("TABLE3!E8", "2024e").cell("TABLE3!F8", ""),
            "TABLE3"),
        nato("NATO: headings of one table re-dated by a year", f -> f.cell("TABLE5!D8", "2023")
            .cell("TABLE5!E8", "2024e").cell("TABLE5!F8", "2025e"), "TABLE5!D8"),
        nato("NATO: a year heading missing in one table", f -> f.cell("TABLE6!E8", ""), "TABLE6"),
        nato("NATO: a gap in the first table's headings", f -> f.cell("TABLE1!E8", "2021"),
            "TABLE1!E8"),
        nato("NATO: years after the year after publication", f -> {
          f.years = List.of("2026", "2027e", "2028e");
          f.savedOn = LocalDate.of(2024, 6, 17);
        }, "TABLE1!D11"),
        nato("NATO: no year headings in one table", f -> f.cell("TABLE2!D8", "")
            .cell("TABLE2!E8", "").cell("TABLE2!F8", ""), "TABLE2"),
        nato("NATO: a block heading missing", f -> f.text("TABLE8a!B16", "Staff"), "TABLE8a"),
        nato("NATO: two price base years", f -> f.text("TABLE5!B16",
            "Constant 2010 prices and exchange rates"), "TABLE5!B16"));
  }

  private static List<Hostile> natoValues() {
    return List.of(
        nato("NATO: a negative share of GDP", f -> f.cell("TABLE3!D11", -1.5), "TABLE3!D11"),
        nato("NATO: a share of GDP of 5,000%", f -> f.cell("TABLE3!D11", 5000.0), "TABLE3!D11"),
        nato("NATO: a share of GDP of 61%", f -> f.cell("TABLE3!E12", 61.0), "TABLE3!E12"),
        nato("NATO: spending of 1e308", f -> f.cell("TABLE2!D11", 1e308), "TABLE2!D11"),
        nato("NATO: negative spending", f -> f.cell("TABLE1!F13", -3.3), "TABLE1!F13"),
        nato("NATO: negative GDP", f -> f.cell("TABLE5!D12", -400.0), "TABLE5!D12"),
        nato("NATO: negative personnel", f -> f.cell("TABLE7!D11", -1.5), "TABLE7!D11"),
        nato("NATO: personnel of 1e12 thousand", f -> f.cell("TABLE7!E11", 1e12), "TABLE7!E11"),
        nato("NATO: a real change below -100%", f -> f.cell("TABLE3!D17", -150.0), "TABLE3!D17"),
        nato("NATO: an equipment share of 150%", f -> f.cell("TABLE8a!D11", 150.0),
            "TABLE8a!D11"),
        nato("NATO: a share that disagrees with Tables 2 and 5", f -> f.cell("TABLE3!E12", 4.5),
            "TABLE3!E12"),
        nato("NATO: text in a number cell", f -> f.text("TABLE3!D11", "n/a"), "TABLE3!D11"),
        nato("NATO: an unknown country", f -> f.text("TABLE3!C11", "Germny"), "TABLE3!C11"),
        nato("NATO: a country twice in one block", f -> f.text("TABLE5!C13", "Germany"),
            "TABLE5!C13"),
        nato("NATO: a missing sheet", f -> f.renamed.put("TABLE3", "TABLE9"), "TABLE3"));
  }

  private static List<Hostile> natoXml() {
    List<Hostile> cases = new ArrayList<>();
    cases.add(natoCell("NaN", "<v>NaN</v>"));
    cases.add(natoCell("Infinity", "<v>Infinity</v>"));
    cases.add(natoCell("-Infinity", "<v>-Infinity</v>"));
    cases.add(natoCell("an overflowing 1e999", "<v>1e999</v>"));
    cases.add(natoCell("a malformed number", "<v>1.5.3</v>"));
    cases.add(natoCell("a formula without a cached value", "<f>SUM(A1:A2)</f>"));
    cases.add(natoCell("an empty value element", "<v></v>"));
    cases.add(natoCell("an empty value element, self-closed", "<v/>"));
    cases.add(natoCell("an error value #REF!", "<v>#REF!</v>", " t=\"e\""));
    cases.add(natoCell("a boolean in a number cell", "<v>1</v>", " t=\"b\""));
    cases.add(natoCell("an inline text in a number cell", "<is><t>n/a</t></is>",
        " t=\"inlineStr\""));
    cases.add(natoSharedString("a bad shared-string index on a country", "C11", "99999"));
    cases.add(natoSharedString("a negative shared-string index", "C12", "-1"));
    cases.add(natoSharedString("a shared-string index that is not a number", "C12", "two"));
    return cases;
  }

  private static List<Hostile> sipri() {
    return List.of(
        sipri("SIPRI: a heading 3000 in place of 2024", "Share of GDP", "F6", " t=\"inlineStr\"",
            "<is><t>3000</t></is>", "Share of GDP!E6"),
        sipri("SIPRI: a heading 3000 in place of 2023", "Current US$", "E6", " t=\"inlineStr\"",
            "<is><t>3000</t></is>", "Current US$!F6"),
        sipri("SIPRI: a year heading duplicated", "Per capita", "D6", " t=\"inlineStr\"",
            "<is><t>2021</t></is>", "Per capita!D6"),
        sipri("SIPRI: the constant sheet ends a year early", "Constant (2023) US$", "F6",
            " t=\"inlineStr\"", "<is><t>Total</t></is>", "Constant (2023) US$!F9"),
        sipri("SIPRI: a stray 2025 heading", "Share of Govt. spending", "G6", " t=\"inlineStr\"",
            "<is><t>2025</t></is>", "Share of Govt. spending!G6"),
        sipri("SIPRI: 750% of GDP in the fraction sheet", "Share of GDP", "E11", "", "<v>7.5</v>",
            "Share of GDP!E11"),
        sipri("SIPRI: a negative share of GDP", "Share of GDP", "D9", "", "<v>-0.03</v>",
            "Share of GDP!D9"),
        sipri("SIPRI: a share of government spending of 150%", "Share of Govt. spending", "E11",
            "", "<v>1.5</v>", "Share of Govt. spending!E11"),
        sipri("SIPRI: negative spending", "Current US$", "E11", "", "<v>-5</v>",
            "Current US$!E11"),
        sipri("SIPRI: spending of 1e308", "Constant (2023) US$", "E11", "", "<v>1e308</v>",
            "Constant (2023) US$!E11"),
        sipri("SIPRI: a negative world total", "Regional totals", "C15", "", "<v>-2447.4</v>",
            "Regional totals!C15"),
        sipri("SIPRI: a negative figure per capita", "Per capita", "C9", "", "<v>-1</v>",
            "Per capita!C9"),
        sipri("SIPRI: NaN", "Share of GDP", "E10", "", "<v>NaN</v>", "Share of GDP!E10"),
        sipri("SIPRI: Infinity", "Current US$", "C9", "", "<v>Infinity</v>", "Current US$!C9"),
        sipri("SIPRI: an overflowing 1e400", "Per capita", "D11", "", "<v>1e400</v>",
            "Per capita!D11"),
        sipri("SIPRI: a malformed number", "Share of GDP", "C11", "", "<v>0,034</v>",
            "Share of GDP!C11"),
        sipri("SIPRI: text in a number cell", "Current US$", "E11", " t=\"inlineStr\"",
            "<is><t>n/a</t></is>", "Current US$!E11"),
        sipri("SIPRI: a formula without a cached value", "Share of GDP", "E11", "",
            "<f>C11*2</f>", "Share of GDP!E11"),
        sipri("SIPRI: an empty value element", "Current US$", "D10", "", "<v></v>",
            "Current US$!D10"),
        sipri("SIPRI: a bad shared-string index on a country", "Share of GDP", "A11", " t=\"s\"",
            "<v>4242</v>", "Share of GDP!A11"),
        sipri("SIPRI: an unknown country", "Per capita", "A9", " t=\"inlineStr\"",
            "<is><t>Rusia</t></is>", "Per capita!A9"),
        new Hostile("SIPRI: years after the year after publication", Source.SIPRI, dir -> {
          SipriFixture f = new SipriFixture();
          f.years = List.of(2023, 2024, 2025);
          Path file = f.write(dir.resolve("late.xlsx"));
          NatoFixture.saveDate(file, LocalDate.of(2023, 4, 24));
          return file;
        }, "Constant (2023) US$!E9"),
        new Hostile("SIPRI: no World row", Source.SIPRI,
            dir -> Xlsx.cell(new SipriFixture().write(dir.resolve("world.xlsx")),
                Xlsx.sipriSheet("Regional totals"), "A15", " t=\"inlineStr\"",
                "<is><t>Planet</t></is>"), "Regional totals"),
        new Hostile("SIPRI: a state among the regional totals", Source.SIPRI,
            dir -> Xlsx.cell(new SipriFixture().write(dir.resolve("region.xlsx")),
                Xlsx.sipriSheet("Regional totals"), "A15", " t=\"inlineStr\"",
                "<is><t>Germany</t></is>"), "Regional totals!A15"),
        new Hostile("SIPRI: a missing sheet", Source.SIPRI,
            dir -> Xlsx.edit(new SipriFixture().write(dir.resolve("sheet.xlsx")),
                "xl/workbook.xml", xml -> xml.replace("name=\"Per capita\"", "name=\"Per head\"")),
            "Per capita"));
  }

  private static List<Hostile> files() {
    return List.of(
        new Hostile("a file truncated to half", Source.NATO,
            dir -> truncated(new NatoFixture().write(dir.resolve("half.xlsx")), 2), "half.xlsx"),
        new Hostile("a file truncated to a tenth", Source.SIPRI,
            dir -> truncated(new SipriFixture().write(dir.resolve("tenth.xlsx")), 10),
            "tenth.xlsx"),
        new Hostile("an empty file", Source.NATO,
            dir -> Files.write(dir.resolve("empty.xlsx"), new byte[0]), "empty.xlsx"),
        new Hostile("garbage bytes", Source.SIPRI,
            dir -> Files.write(dir.resolve("garbage.xlsx"), "PK\3\4garbage".getBytes()),
            "garbage.xlsx"),
        new Hostile("a CSV file named .xlsx", Source.NATO,
            dir -> Files.writeString(dir.resolve("csv.xlsx"), "a,b\n1,2\n"), "csv.xlsx"),
        new Hostile("a zip without a workbook", Source.NATO,
            dir -> Xlsx.edit(new NatoFixture().write(dir.resolve("noworkbook.xlsx")),
                "xl/workbook.xml", xml -> null), "noworkbook.xlsx"),
        new Hostile("a sheet that is not XML", Source.NATO,
            dir -> Xlsx.edit(new NatoFixture().write(dir.resolve("notxml.xlsx")),
                "xl/worksheets/sheet2.xml", xml -> "<worksheet><sheetData><row"), "notxml.xlsx"),
        new Hostile("shared strings that are not XML", Source.SIPRI,
            dir -> Xlsx.edit(new SipriFixture().write(dir.resolve("sst.xlsx")),
                "xl/sharedStrings.xml", xml -> xml.substring(0, xml.length() / 2)), "sst.xlsx"),
        new Hostile("NATO's tables imported as SIPRI", Source.SIPRI,
            dir -> new NatoFixture().write(dir.resolve("nato.xlsx")), "Constant (YYYY) US$"),
        new Hostile("SIPRI's workbook imported as NATO", Source.NATO,
            dir -> new SipriFixture().write(dir.resolve("sipri.xlsx")), "TABLE1"));
  }

  /** A NATO fixture changed by {@code change}, refused at {@code place}. */
  private static Hostile nato(String name, FixtureChange change, String place) {
    return new Hostile(name, Source.NATO, dir -> {
      NatoFixture fixture = new NatoFixture();
      change.apply(fixture);
      return fixture.write(dir.resolve("damaged.xlsx"));
    }, place);
  }

  /** A NATO fixture whose Germany 2022 share (TABLE3!D11) is replaced by broken XML. */
  private static Hostile natoCell(String what, String inner, String... type) {
    String attributes = type.length == 0 ? "" : type[0];
    return new Hostile("NATO: " + what + " in a share cell", Source.NATO,
        dir -> Xlsx.cell(new NatoFixture().write(dir.resolve("cell.xlsx")),
            "xl/worksheets/sheet3.xml", "D11", attributes, inner), "TABLE3!D11");
  }

  /** A NATO fixture whose TABLE3 label cell points at a shared string by a broken index. */
  private static Hostile natoSharedString(String what, String ref, String index) {
    return new Hostile("NATO: " + what, Source.NATO,
        dir -> Xlsx.cell(new NatoFixture().write(dir.resolve("sst.xlsx")),
            "xl/worksheets/sheet3.xml", ref, " t=\"s\"", "<v>" + index + "</v>"), "TABLE3!" + ref);
  }

  /** A SIPRI fixture with one cell's XML replaced. */
  private static Hostile sipri(String name, String sheet, String ref, String attributes,
      String inner, String place) {
    return new Hostile(name, Source.SIPRI,
        dir -> Xlsx.cell(sipriFourYears().write(dir.resolve("damaged.xlsx")),
            Xlsx.sipriSheet(sheet), ref, attributes, inner), place);
  }

  /** A SIPRI fixture with four years, 2021 to 2024, in columns C to F. */
  private static SipriFixture sipriFourYears() {
    SipriFixture fixture = new SipriFixture();
    fixture.years = List.of(2021, 2022, 2023, 2024);
    return fixture;
  }

  /** A change to a NATO fixture. */
  @FunctionalInterface
  interface FixtureChange {
    void apply(NatoFixture fixture);
  }

  private static Path truncated(Path file, int divisor) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / divisor));
  }

  /** Returns the SHA-256 of every file under a directory, by relative path. */
  static Map<String, String> hashes(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(file).toString(), sha256(Files.readAllBytes(file)));
      }
    }
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Edits the XML inside a written workbook. */
  static final class Xlsx {

    private static final List<String> SIPRI_SHEETS = List.of("Regional totals",
        "Constant (2023) US$", "Current US$", "Share of GDP", "Per capita",
        "Share of Govt. spending");

    private Xlsx() {
    }

    /** Returns the zip entry of a SIPRI fixture's sheet (the writer numbers them in order). */
    static String sipriSheet(String name) {
      return "xl/worksheets/sheet" + (SIPRI_SHEETS.indexOf(name) + 1) + ".xml";
    }

    /**
     * Replaces one cell's XML: its attributes after {@code r} (such as {@code t="s"}) and its
     * content (such as {@code <v>NaN</v>}); the cell is added to its row when absent.
     */
    static Path cell(Path file, String entry, String ref, String attributes, String inner)
        throws IOException {
      String replacement = "<c r=\"" + ref + "\"" + attributes + ">" + inner + "</c>";
      return edit(file, entry, xml -> {
        Matcher cell = Pattern.compile("<c r=\"" + ref + "\"[^>]*?(/>|>.*?</c>)").matcher(xml);
        if (cell.find()) {
          return xml.substring(0, cell.start()) + replacement + xml.substring(cell.end());
        }
        String row = ref.replaceAll("[A-Z]", "");
        Matcher rowEnd = Pattern.compile("<row r=\"" + row + "\"[^>]*>.*?(</row>)").matcher(xml);
        if (!rowEnd.find()) {
          throw new IllegalStateException("no row " + row + " in " + entry);
        }
        return xml.substring(0, rowEnd.start(1)) + replacement + xml.substring(rowEnd.start(1));
      });
    }

    /** Rewrites one zip entry; a change returning {@code null} deletes the entry. */
    static Path edit(Path file, String entry, UnaryOperator<String> change) throws IOException {
      try (FileSystem zip = FileSystems.newFileSystem(file)) {
        Path path = zip.getPath(entry);
        String changed = change.apply(Files.readString(path));
        if (changed == null) {
          Files.delete(path);
        } else {
          Files.writeString(path, changed);
        }
      }
      return file;
    }
  }
}
