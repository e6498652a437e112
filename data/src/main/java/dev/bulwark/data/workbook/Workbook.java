package dev.bulwark.data.workbook;

import dev.bulwark.data.ImportException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
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

/**
 * An official .xlsx workbook opened read-only with Apache POI, which, unlike lighter readers,
 * exposes the font colours SIPRI uses to flag estimates. The file is never written.
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
    String name = String.valueOf(file.getFileName());
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

  /** Returns the file's name, as given to {@link #open}. */
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

  private static Optional<Cell> read(String sheet, XSSFCell cell) {
    CellType type = cell.getCellType() == CellType.FORMULA
        ? cell.getCachedFormulaResultType() : cell.getCellType();
    XSSFRow row = cell.getRow();
    int r = row.getRowNum();
    int c = cell.getColumnIndex();
    Tint tint = tint(cell);
    switch (type) {
      case NUMERIC:
        double v = cell.getNumericCellValue();
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
