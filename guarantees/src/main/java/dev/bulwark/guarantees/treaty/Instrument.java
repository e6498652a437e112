package dev.bulwark.guarantees.treaty;

import dev.bulwark.guarantees.GuaranteesException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A treaty, statute, memorandum or framework that may bind states to respond to an attack.
 *
 * @param id short stable id ({@code nato}, {@code eu-42-7})
 * @param name the full name
 * @param signed date of signature (or enactment)
 * @param inForce date of entry into force
 * @param beneficiary the one state it protects (Ukraine, Taiwan), or empty when parties protect each other
 * @param parties every spell of membership, guarantors only when there is a beneficiary
 * @param suspensions directed obligations suspended between parties
 * @param clauses its articles, strongest first
 * @param confidence the treaties.md mark of its identity and dates
 * @param source where in treaties.md the facts are ("treaties.md §1")
 * @param termination how a party leaves, in one sentence
 */
public record Instrument(String id, String name, LocalDate signed, LocalDate inForce,
    Optional<String> beneficiary, List<Party> parties, List<Suspension> suspensions,
    List<Clause> clauses, Confidence confidence, String source, String termination) {

  public Instrument {
    GuaranteesException.require(id != null && id.matches("[a-z0-9-]+"),
        "instrument id must be lower-case letters, digits and dashes, was '" + id + "'");
    GuaranteesException.require(name != null && signed != null && inForce != null
            && beneficiary != null && confidence != null && source != null && termination != null,
        "instrument " + id + " must have name, dates, confidence, source and termination");
    GuaranteesException.require(parties != null && !parties.isEmpty(),
        "instrument " + id + " must have parties");
    GuaranteesException.require(clauses != null && !clauses.isEmpty(),
        "instrument " + id + " must have clauses");
    parties = List.copyOf(parties);
    suspensions = List.copyOf(suspensions);
    clauses = clauses.stream().sorted(Comparator.comparing(Clause::strength)).toList();
  }

  /** Returns whether the instrument was in force on the date. */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(inForce);
  }

  /** Returns the state's membership spell covering the date, if it was a party then. */
  public Optional<Party> party(String iso3, LocalDate date) {
    return parties.stream().filter(p -> p.iso3().equals(iso3) && p.on(date)).findFirst();
  }

  /** Returns the parties on the date, in the order of the file. */
  public List<Party> partiesOn(LocalDate date) {
    return parties.stream().filter(p -> p.on(date)).toList();
  }

  /** Returns the states it protects on the date: the beneficiary, or every party. */
  public List<String> protectedOn(LocalDate date) {
    return beneficiary.map(List::of)
        .orElseGet(() -> partiesOn(date).stream().map(Party::iso3).toList());
  }

  /** Returns the suspension of the guarantor's obligation to the beneficiary on the date, if any. */
  public Optional<Suspension> suspension(String guarantor, String beneficiary, LocalDate date) {
    return suspensions.stream().filter(s -> s.guarantor().equals(guarantor)
        && s.beneficiary().equals(beneficiary) && s.period().contains(date)).findFirst();
  }

  /**
   * Returns this instrument as it would be had the state stopped being a party on the day
   * given (the first day it is no longer bound or protected), as under Article 13 of the
   * North Atlantic Treaty.
   *
   * @throws GuaranteesException of kind BAD_INPUT when the state is not a party on that day
   */
  public Instrument withWithdrawal(String iso3, LocalDate effective) {
    GuaranteesException.require(party(iso3, effective).isPresent(), iso3 + " is not a party to "
        + id + " on " + effective + ", so it cannot withdraw then");
    List<Party> kept = new ArrayList<>();
    for (Party p : parties) {
      if (!p.iso3().equals(iso3) || p.period().to().map(effective::isAfter).orElse(false)) {
        kept.add(p);
      } else if (p.period().from().isBefore(effective)) {
        kept.add(new Party(iso3, new Period(p.period().from(), Optional.of(effective)),
            p.status(), p.confidence(), "withdrawal from " + effective + " (a what-if)",
            p.source()));
      }
    }
    return new Instrument(id, name, signed, inForce, beneficiary, kept, suspensions, clauses,
        confidence, source, termination);
  }
}
