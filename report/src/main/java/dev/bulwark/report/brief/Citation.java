package dev.bulwark.report.brief;

import dev.bulwark.core.panel.Edition;

/**
 * A source the brief's figures come from, listed at its end with the credit its terms ask for.
 *
 * @param name the dataset ("NATO, Defence Expenditure of NATO Countries")
 * @param edition the release used ("Defence Expenditure of NATO Countries (2014-2024), published
 *     2024-06-17")
 * @param terms the licence or terms of use, in one sentence
 */
public record Citation(String name, String edition, String terms) {

  public Citation {
    Checks.text(name, "source name");
    Checks.text(edition, "edition of source '" + name + "'");
    Checks.text(terms, "terms of source '" + name + "'");
  }

  /** Returns the citation of an imported edition, with its publisher's terms. */
  public static Citation of(Edition edition) {
    return new Citation(edition.source().title(),
        edition.title() + ", published " + edition.published(), edition.source().terms());
  }
}
