package dev.bulwark.posture.scenario;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Damaged scenario files, as a hostile user would write them: wrong types, unknown fields and
 * names, counts that are huge, negative or overflow an int, bad dates, over-long texts, files
 * that are not UTF-8 or are too large, deep nesting and alias bombs. Each case names what the
 * refusal must mention (a field, a value or the problem). The posture module reads them; the
 * command line and the API run them end to end (this class reaches them in posture's test jar).
 */
public final class DamagedScenarios {

  /**
   * A damaged file.
   *
   * @param label what is wrong, as the test's name shows it
   * @param bytes the file
   * @param mentions what the refusal must mention
   * @param whenRead whether reading the file refuses it (else applying it does: an unknown
   *     place, instrument or unit is known only to the engines)
   */
  public record Case(String label, byte[] bytes, String mentions, boolean whenRead) {
    @Override
    public String toString() {
      return label;
    }
  }

  private static final String MOVE = """
      name: Pivot
      forces:
        - from: EUCOM
          to: INDOPACOM
          %s
      """;

  private static final boolean READ = true;
  private static final boolean APPLIED = false;

  private DamagedScenarios() {
  }

  /** Every damaged file. */
  public static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    add(cases, READ, "brigades as words", MOVE.formatted("brigades: two"), "forces[0].brigades");
    add(cases, READ, "personnel with a fraction", MOVE.formatted("personnel: 2.5"),
        "forces[0].personnel");
    add(cases, READ, "personnel as a list", MOVE.formatted("personnel: [1, 2]"),
        "forces[0].personnel");
    add(cases, READ, "a misspelt field", MOVE.formatted("personel: 100"), "personel");
    add(cases, READ, "an unknown top-level field", "name: x\nforce: []\n", "force");
    add(cases, READ, "negative personnel", MOVE.formatted("personnel: -5"), "personnel");
    add(cases, READ, "zero brigades", MOVE.formatted("brigades: 0"), "brigades");
    add(cases, READ, "brigades whose personnel overflow an int",
        MOVE.formatted("brigades: 954438"), "brigades");
    add(cases, READ, "brigades whose personnel pass the largest int",
        MOVE.formatted("brigades: 477219"), "brigades");
    add(cases, READ, "personnel above the world's forces", MOVE.formatted("personnel: 2147483648"),
        "personnel");
    add(cases, READ, "personnel beyond a long", MOVE.formatted("personnel: 99999999999999999999999"),
        "forces[0].personnel");
    add(cases, READ, "brigades as infinity", MOVE.formatted("brigades: .inf"), "brigades");
    add(cases, READ, "brigades as not-a-number", MOVE.formatted("brigades: .nan"), "brigades");
    add(cases, READ, "both personnel and brigades",
        MOVE.formatted("personnel: 1\n    brigades: 1"), "exactly one of personnel and brigades");
    add(cases, READ, "a withdrawal in the year 999999999", withdrawal("nato", "+999999999-12-31"),
        "effective");
    add(cases, READ, "a withdrawal before 1800", withdrawal("nato", "1799-12-31"), "effective");
    add(cases, READ, "a withdrawal on 30 February", withdrawal("nato", "2027-02-30"), "effective");
    add(cases, READ, "a spending target year past 2100", spending("DEU", "3.5", "2101"), "by");
    add(cases, READ, "a spending target year beyond an int", spending("DEU", "3.5", "99999999999"),
        "spending[0].by");
    add(cases, READ, "a spending share above 100", spending("DEU", "250", "2030"),
        "target_share_pct");
    add(cases, READ, "a unit arriving in a thousand years", unit("arrival_day: 365000"),
        "arrival_day");
    add(cases, READ, "a delay of a million days", """
        name: Late
        orders_of_battle:
          - theatre: baltic
            delay: [{unit: us-2cr, days: 1000000}]
        """, "days");
    add(cases, READ, "a name of 201 characters", "name: " + "n".repeat(201)
        + "\nwithdrawals: [{state: HUN, instrument: nato}]\n", "name must be at most 200");
    add(cases, READ, "a description of 2,001 characters", "name: x\ndescription: "
        + "d".repeat(2_001) + "\nwithdrawals: [{state: HUN, instrument: nato}]\n",
        "description must be at most 2000");
    add(cases, READ, "a description of 10 MB", "name: x\ndescription: " + "d".repeat(10_000_000)
        + "\n", "too large");
    cases.add(new Case("a file of 1 MiB and a byte", ("name: x\n# "
        + "c".repeat(ScenarioFile.MAX_BYTES) + "\n").getBytes(StandardCharsets.UTF_8),
        "too large", true));
    cases.add(new Case("UTF-16 text", "\uFEFFname: x\n".getBytes(StandardCharsets.UTF_16),
        "is not UTF-8 text", true));
    cases.add(new Case("bytes UTF-8 does not allow", new byte[] {'n', 'a', 'm', 'e', ':', ' ',
        (byte) 0xC3, (byte) 0x28, '\n'}, "is not UTF-8 text", true));
    cases.add(new Case("a binary file with NUL bytes", new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1},
        "is not UTF-8 text", true));
    add(cases, READ, "nesting a thousand lists deep", "name: x\nforces: " + "[".repeat(1_000)
        + "]".repeat(1_000) + "\n", "line");
    add(cases, READ, "an alias bomb", billionLaughs(), "line");
    add(cases, READ, "a duplicated field", "name: a\nname: b\nwithdrawals: [{state: HUN, "
        + "instrument: nato}]\n", "name");
    add(cases, READ, "an empty file", "", "empty");
    add(cases, READ, "a list instead of a scenario", "- name: x\n", "line");
    add(cases, READ, "a scenario that changes nothing", "name: Nothing\n",
        "must change something");
    add(cases, READ, "an unterminated list", "name: x\nforces:\n  - from: USA\n    to: [LTU\n",
        "line");
    add(cases, READ, "a tab in the indentation", "name: x\n\tforces: []\n", "line");
    add(cases, READ, "a baseline that is not a quarter", """
        name: x
        baseline: 2024-12
        withdrawals: [{state: HUN, instrument: nato}]
        """, "quarter");
    add(cases, READ, "a theatre id with capitals", withdrawUnit("theatre: BALTIC"), "theatre");
    add(cases, READ, "a launcher with a negative inventory", launcher("inventory: -100"),
        "inventory of launcher 'x-lrasm'");
    add(cases, READ, "a launcher firing first in a thousand days",
        launcher("inventory: 100", "first_day: 1000"), "first_day");
    add(cases, READ, "a launcher reloading every 0 days",
        launcher("inventory: 100", "reload_days: 0"), "reload_days");
    add(cases, READ, "a launcher with a fraction of a first day",
        launcher("inventory: 100", "first_day: 1.5"), "add_launchers[0].first_day");
    add(cases, READ, "a launcher's salvo as words",
        launcher("inventory: 100").replace("salvo: 24", "salvo: many"), "salvo");
    add(cases, READ, "a launcher delayed by 0 days",
        strait("delay_launchers: [{launcher: us-b1b-lrasm, days: 0}]"), "not 0");
    add(cases, READ, "carriers beyond an int", strait("add: {us_carriers: 99999999999}"),
        "us_carriers");
    add(cases, READ, "a negative count of ships", strait("withdraw: {japan_ships: -3}"),
        "japan_ships");
    add(cases, READ, "ships and aircraft counting none", strait("add: {}"),
        "at least one of us_carriers");
    add(cases, READ, "a move from EUCOM arriving in a thousand days",
        strait("move_from_eucom: [{element: rota-destroyers, arrival_day: 1000}]"),
        "arrival_day");
    add(cases, READ, "a strait edit that changes nothing", strait("move_from_eucom: []"),
        "a strait edit must give");
    add(cases, READ, "a launcher withdrawn twice",
        strait("withdraw_launchers: [us-harpoon, us-harpoon]"),
        "withdraw_launchers lists 'us-harpoon' twice");
    add(cases, READ, "an empty launcher id to withdraw", strait("withdraw_launchers: ['']"),
        "withdraw_launchers must not hold an empty item");
    add(cases, READ, "an empty item among the moves", strait("move_from_eucom: [null]"),
        "move_from_eucom must not hold an empty item");
    add(cases, APPLIED, "a launcher of an unknown munition",
        launcher("inventory: 100").replace("munition: lrasm", "munition: tomahawk"),
        "must be one of the theatre's crossing munitions");
    add(cases, APPLIED, "a launcher of an unknown basing",
        launcher("inventory: 100").replace("basing: distant", "basing: guam"), "'guam'");
    add(cases, APPLIED, "withdrawing an unknown launcher",
        strait("withdraw_launchers: [us-b2-lrasm]"), "unknown launcher 'us-b2-lrasm'");
    add(cases, APPLIED, "withdrawing more carriers than there are",
        strait("withdraw: {us_carriers: 9}"), "cannot withdraw 9 US carriers");
    add(cases, APPLIED, "a launcher delayed to before the invasion sails",
        strait("delay_launchers: [{launcher: twn-hsiung-feng, days: -1}]"),
        "moves its first day from 0 to -1");
    add(cases, APPLIED, "moving an element not in the pool",
        strait("move_from_eucom: [{element: us-6th-fleet}]"), "unknown element 'us-6th-fleet'");
    add(cases, APPLIED, "an unknown host", MOVE.formatted("personnel: 100").replace("EUCOM",
        "Atlantis"), "Atlantis");
    add(cases, APPLIED, "an unknown ally", spending("Germny", "3.5", "2030"), "Germny");
    add(cases, APPLIED, "an unknown instrument", withdrawal("warsaw-pact", "2027-01-01"),
        "warsaw-pact");
    add(cases, APPLIED, "an unknown state", """
        name: x
        withdrawals: [{state: Narnia, instrument: nato}]
        """, "Narnia");
    add(cases, APPLIED, "an unknown theatre", withdrawUnit("theatre: sahara"), "sahara");
    add(cases, APPLIED, "an unknown posture",
        withdrawUnit("theatre: baltic\n    posture: baltic-1900"), "baltic-1900");
    add(cases, APPLIED, "a move larger than the host", MOVE.formatted("personnel: 19000000"),
        "exceeds");
    return List.copyOf(cases);
  }

  /** Adds a file given as text, refused when read or only when applied. */
  private static void add(List<Case> cases, boolean whenRead, String label, String text,
      String mentions) {
    cases.add(new Case(label, text.getBytes(StandardCharsets.UTF_8), mentions, whenRead));
  }

  private static String withdrawUnit(String theatre) {
    return "name: x\norders_of_battle:\n  - " + theatre + "\n    withdraw: [us-2cr]\n";
  }

  /** A strait edit of the Taiwan posture of 2026, its lines indented under {@code strait}. */
  private static String strait(String... lines) {
    return "name: x\norders_of_battle:\n  - theatre: taiwan\n    posture: taiwan-2026\n"
        + "    strait:\n" + String.join("\n", lines).indent(6);
  }

  /** A strait edit adding LRASM launchers, {@code extra} their last fields. */
  private static String launcher(String... extra) {
    return strait("add_launchers:", "  - id: x-lrasm", "    name: LRASM on B-52H",
        "    nation: USA", "    munition: lrasm", "    basing: distant", "    salvo: 24",
        ("    " + String.join("\n    ", extra)));
  }

  private static String withdrawal(String instrument, String effective) {
    return "name: x\nwithdrawals:\n  - state: HUN\n    instrument: " + instrument
        + "\n    effective: " + effective + "\n";
  }

  private static String spending(String country, String share, String by) {
    return "name: x\nspending:\n  - country: " + country + "\n    target_share_pct: " + share
        + "\n    by: " + by + "\n";
  }

  private static String unit(String extra) {
    return """
        name: x
        orders_of_battle:
          - theatre: baltic
            add:
              - id: us-abct-9
                name: A brigade
                nation: USA
                kind: heavy_armoured
                %s
        """.formatted(extra);
  }

  /**
   * Nine levels of anchors, each aliasing the one before ten times, in a list of unit ids: 10^9
   * ids if a reader expanded them.
   */
  private static String billionLaughs() {
    StringBuilder ids = new StringBuilder("&a0 lol");
    for (int level = 1; level <= 9; level++) {
      ids.append(", &a").append(level).append(" [");
      for (int i = 0; i < 10; i++) {
        ids.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
      }
      ids.append(']');
    }
    return "name: x\norders_of_battle:\n  - theatre: baltic\n    withdraw: [" + ids + "]\n";
  }
}
