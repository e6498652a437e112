package dev.bulwark.data.workbook;

import dev.bulwark.data.ImportException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * An official .xlsx workbook opened read-only with Apache POI, which, unlike lighter readers,
 * exposes the font colours SIPRI uses to flag estimates. The file is never written.
 *
 * <p>Every cell is checked before it is believed: a formula without the value Excel saves with it,
 * an empty value element, a number that does not parse or is not finite, and a shared-string index
 * outside the workbook's table are refused with their cell rather than read as 0 or as an empty
 * cell. Whatever else the library throws on a damaged file becomes an {@link ImportException}
 * naming the file (see {@link #reading}).
 */
final class Workbook implements AutoCloseable {

  private final String fileName;
  private final OPCPackage pkg;
  private final XSSFWorkbook book;

  private Workbook(String fileName, OPCPackage pkg, XSSFWorkbook book) {
    this.fileName = fileName;
    this.pkg = pkg;
    this.book = book;
  }

  /**
   * Opens a workbook.
   *
   * @throws ImportException when the file is not a readable .xlsx workbook (truncated, another
   *     format, encrypted)
   */
  static Workbook open(Path file) {
    String name = shown(file);
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
      return new Workbook(name, pkg, new XSSFWorkbook(pkg));
    } catch (Exception e) {
      if (pkg != null) {
        pkg.revert();
      }
      throw new ImportException("", "", "cannot read '" + name + "' as an Excel workbook ("
          + e.getClass().getSimpleName() + ": " + e.getMessage()
          + "): expected the .xlsx file as published, complete and unchanged", e);
    }
  }

  /**
   * Opens a workbook, applies {@code body} and closes it; any exception of the library other than
   * an {@link ImportException} becomes one naming the file.
   *
   * @throws ImportException naming the file, and the sheet and cell where one is known
   */
  static <T> T reading(Path file, Function<Workbook, T> body) {
    try (Workbook book = open(file)) {
      return body.apply(book);
    } catch (ImportException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new ImportException("", "", "cannot read '" + shown(file) + "' as an Excel workbook ("
          + e.getClass().getSimpleName() + ": " + e.getMessage()
          + "): expected the .xlsx file as published, complete and unchanged", e);
    }
  }

  /**
   * Returns a file's name as messages and the edition's origin show it: control characters
   * (a carriage return, say) become {@code ?}, so they can neither break a message nor a stored
   * file.
   */
  static String shown(Path file) {
    return String.valueOf(file.getFileName()).replaceAll("\\p{Cntrl}", "?");
  }

  /** Returns the file's name, as given to {@link #open}, with control characters as {@code ?}. */
  String fileName() {
    return fileName;
  }

  /** Returns the names of the sheets in workbook order. */
  List<String> sheetNames() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < book.getNumberOfSheets(); i++) {
      names.add(book.getSheetName(i));
    }
    return names;
  }

  /**
   * Checks that every named sheet is present before any is read.
   *
   * @throws ImportException naming the first missing sheet, what was expected and the sheets found
   */
  void requireSheets(Iterable<String> names, String what) {
    for (String name : names) {
      if (book.getSheet(name) == null) {
        throw missing(name, what);
      }
    }
  }

  /**
   * Returns the name of the sheet called {@code name} ignoring case and blanks, so NATO's
   * {@code TABLE1} (2024) and {@code Table 1} (from 2025) are one table.
   *
   * @throws ImportException naming the sheet expected, what was expected and the sheets found
   */
  String sheetCalled(String name, String what) {
    String wanted = compact(name);
    return sheetNames().stream().filter(s -> compact(s).equals(wanted)).findFirst()
        .orElseThrow(() -> missing(name, what));
  }

  private static String compact(String name) {
    return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Finds the first sheet whose whole name matches a pattern, such as SIPRI's
   * {@code Constant (2024) US$}, whose year moves with each release.
   *
   * @param shown how the name is shown in the message when no sheet matches
   * @return the match: {@code group()} is the sheet's name, the groups are the pattern's
   * @throws ImportException naming the sheet expected, what was expected and the sheets found
   */
  MatchResult sheetMatching(Pattern pattern, String shown, String what) {
    return sheetNames().stream().map(pattern::matcher).filter(Matcher::matches)
        .map(Matcher::toMatchResult).findFirst()
        .orElseThrow(() -> missing(shown, what));
  }

  /**
   * Reads a sheet's non-empty cells.
   *
   * @param what what the workbook should be, for the message ("NATO's Defence Expenditure tables")
   * @throws ImportException naming the missing sheet and the sheets found
   */
  Grid grid(String name, String what) {
    XSSFSheet sheet = book.getSheet(name);
    if (sheet == null) {
      throw missing(name, what);
    }
    List<Cell> cells = new ArrayList<>();
    for (org.apache.poi.ss.usermodel.Row row : sheet) {
      for (org.apache.poi.ss.usermodel.Cell cell : row) {
        read(name, (XSSFCell) cell).ifPresent(cells::add);
      }
    }
    return new Grid(name, cells);
  }

  /**
   * Returns the day the publisher last saved the workbook (its document properties), or the day
   * it was created when no save date is recorded.
   */
  Optional<LocalDate> lastSaved() {
    var core = book.getProperties().getCoreProperties();
    Date date = core.getModified() != null ? core.getModified() : core.getCreated();
    return Optional.ofNullable(date).map(d -> d.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
  }

  @Override
  public void close() {
    pkg.revert();
  }

  private ImportException missing(String name, String what) {
    return new ImportException(name, "", "'" + fileName + "' has no sheet '" + name
        + "': expected " + what + " (its sheets are " + sheetNames() + ")");
  }

  private Optional<Cell> read(String sheet, XSSFCell cell) {
    int r = cell.getRowIndex();
    int c = cell.getColumnIndex();
    String where = sheet + "!" + Cell.ref(r, c);
    CTCell xml = cell.getCTCell();
    String raw = xml.isSetV() ? xml.getV() : null;
    if (xml.isSetF() && raw == null) {
      throw new ImportException(sheet, Cell.ref(r, c), "formula '" + xml.getF().getStringValue()
          + "' at " + where + " has no cached value: expected the value Excel saves with each"
          + " formula (open the workbook in Excel and save it)");
    }
    if (raw != null && raw.isBlank() && xml.getT() != STCellType.STR) {
      throw new ImportException(sheet, Cell.ref(r, c), "empty value element at " + where
          + ": expected a number or a text");
    }
    if (xml.getT() == STCellType.S) {
      requireSharedString(sheet, r, c, raw);
    }
    try {
      return read(sheet, cell, r, c);
    } catch (RuntimeException e) {
      throw new ImportException(sheet, Cell.ref(r, c), "value '" + raw + "' at " + where
          + " does not read (" + e.getClass().getSimpleName() + "): expected a number or a text",
          e);
    }
  }

  private void requireSharedString(String sheet, int r, int c, String raw) {
    int count = book.getSharedStringSource() == null ? 0
        : book.getSharedStringSource().getUniqueCount();
    int index;
    try {
      index = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      index = -1;
    }
    if (index < 0 || index >= count) {
      throw new ImportException(sheet, Cell.ref(r, c), "shared-string index '" + raw + "' at "
          + sheet + "!" + Cell.ref(r, c) + " is not in the workbook's table of " + count
          + " texts: expected 0 to " + (count - 1));
    }
  }

  private static Optional<Cell> read(String sheet, XSSFCell cell, int r, int c) {
    CellType type = cell.getCellType() == CellType.FORMULA
        ? cell.getCachedFormulaResultType() : cell.getCellType();
    Tint tint = tint(cell);
    switch (type) {
      case NUMERIC:
        double v = cell.getNumericCellValue();
        if (!Double.isFinite(v)) {
          throw new ImportException(sheet, Cell.ref(r, c), "number " + v + " at " + sheet + "!"
              + Cell.ref(r, c) + " is not finite: expected a finite number");
        }
        return Optional.of(new Cell(sheet, r, c, Cell.Kind.NUMBER, v, Double.toString(v), tint));
      case STRING:
        String s = cell.getStringCellValue();
        return s.isEmpty() ? Optional.empty()
            : Optional.of(new Cell(sheet, r, c, Cell.Kind.TEXT, Double.NaN, s, tint));
      case BOOLEAN:
        return Optional.of(new Cell(sheet, r, c, Cell.Kind.TEXT, Double.NaN,
            String.valueOf(cell.getBooleanCellValue()), tint));
      case ERROR:
        return Optional.of(new Cell(sheet, r, c, Cell.Kind.ERROR, Double.NaN,
            FormulaError.forInt(cell.getErrorCellValue()).getString(), tint));
      default:
        return Optional.empty();
    }
  }

  private static Tint tint(XSSFCell cell) {
    XSSFColor color = cell.getCellStyle().getFont().getXSSFColor();
    return color == null ? Tint.PLAIN : Tint.of(color.getRGB());
  }
}
