package dev.bulwark.data.alliance;

import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.alliance.Membership;
import dev.bulwark.core.country.Countries;
import dev.bulwark.data.LedgerException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the bundled {@code alliances.csv}, with the columns {@code alliance_id, alliance_name,
 * iso3, from, until, confidence, source}: {@code from} is the day the state became a party (for
 * NATO, the day it deposited its instrument of accession in Washington), {@code until} the last
 * day, empty while it is still a member. {@code confidence} carries the fact sheet's mark:
 * {@code V} checked against a source, {@code M} a standard reference fact not re-checked,
 * {@code D} disputed.
 */
public final class AllianceTable {

  private static final String RESOURCE = "alliances.csv";
  private static final Set<String> CONFIDENCE = Set.of("V", "M", "D");

  private AllianceTable() {
  }

  /**
   * Returns the bundled alliances in the order the file lists them.
   *
   * @throws LedgerException (a failure) when the bundled file is missing or malformed
   */
  public static List<Alliance> bundled(Countries countries) {
    try (InputStream in = AllianceTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw LedgerException.failure("bundled resource " + RESOURCE + " is missing", null);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), countries);
    } catch (IOException e) {
      throw LedgerException.failure("cannot read bundled " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static List<Alliance> read(Reader reader, Countries countries) throws IOException {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<Membership>> members = new LinkedHashMap<>();
    Map<String, Set<String>> sources = new LinkedHashMap<>();
    for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(reader)) {
      String where = RESOURCE + " line " + (row.getRecordNumber() + 1);
      String id = row.get("alliance_id");
      String iso3 = row.get("iso3");
      countries.byIso3(iso3);
      if (!CONFIDENCE.contains(row.get("confidence"))) {
        throw LedgerException.failure(where + ": confidence '" + row.get("confidence")
            + "' is not one of " + CONFIDENCE, null);
      }
      try {
        String until = row.get("until");
        members.computeIfAbsent(id, k -> new ArrayList<>()).add(new Membership(iso3,
            LocalDate.parse(row.get("from")), until.isEmpty() ? null : LocalDate.parse(until)));
      } catch (DateTimeParseException e) {
        throw LedgerException.failure(where + ": date '" + e.getParsedString()
            + "' is not yyyy-mm-dd", e);
      }
      names.putIfAbsent(id, row.get("alliance_name"));
      sources.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(row.get("source"));
    }
    List<Alliance> out = new ArrayList<>();
    members.forEach((id, list) -> out.add(
        new Alliance(id, names.get(id), list, String.join("; ", sources.get(id)))));
    return out;
  }
}
