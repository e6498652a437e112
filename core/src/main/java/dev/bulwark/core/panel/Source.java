package dev.bulwark.core.panel;

/** A publisher whose tables Bulwark reads, with the credit line its terms ask for. */
public enum Source {
  /** NATO Public Diplomacy Division, "Defence Expenditure of NATO Countries". */
  NATO("NATO", "NATO, Defence Expenditure of NATO Countries",
      "Credit NATO; not for sale or advertising (NATO terms of use)."),
  /** SIPRI Military Expenditure Database. */
  SIPRI("SIPRI", "SIPRI Military Expenditure Database",
      "Non-commercial use with credit to the SIPRI Military Expenditure Database."),
  /** World Bank, World Development Indicators. */
  WORLD_BANK("World Bank", "World Bank, World Development Indicators",
      "CC BY 4.0; credit the World Bank."),
  /** Kiel Institute for the World Economy, Ukraine Support Tracker (aid to Ukraine). */
  KIEL("Kiel", "Kiel Institute for the World Economy, Ukraine Support Tracker",
      "Cite the Ukraine Support Tracker: Trebesch et al., Kiel Working Paper 2218, with updates.");

  private final String shortName;
  private final String title;
  private final String terms;

  Source(String shortName, String title, String terms) {
    this.shortName = shortName;
    this.title = title;
    this.terms = terms;
  }

  /** Returns the name used in tables ("NATO", "SIPRI", "World Bank"). */
  public String shortName() {
    return shortName;
  }

  /** Returns the full title of the dataset. */
  public String title() {
    return title;
  }

  /** Returns the licence or terms of use, in one sentence. */
  public String terms() {
    return terms;
  }

  /** Returns the lower-case id used in file names and on the command line ("nato", "world-bank"). */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
