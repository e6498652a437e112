package dev.bulwark.report.compose;

import dev.bulwark.burden.exploitation.ExploitationReport;
import dev.bulwark.burden.exploitation.YearTest;
import dev.bulwark.burden.fairshare.FairShareReport;
import dev.bulwark.burden.fairshare.SplitYear;
import dev.bulwark.burden.gap.GapReport;
import dev.bulwark.burden.path.PathReport;
import dev.bulwark.burden.spending.SpendingReport;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.panel.Edition;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The results of the burden analyses a brief is composed from, all for one alliance and one year
 * ({@link #year()}) except the time series.
 *
 * @param alliance the alliance
 * @param wording the names and number formats
 * @param spending the spending table of the year against NATO's four targets
 * @param gapTo2 the gaps to 2% of GDP in the year
 * @param gapToPath the gaps to the path's target share in the year
 * @param paths the paths from the year to the target share by the target year
 * @param split the United States against the other allies, year by year
 * @param fairShare the allies' shares of spending against their shares of GDP in the year
 * @param exploitation the exploitation test, year by year
 * @param editions the editions of the ledger's panel, one per source
 * @param nationalCommitments allies the NATO edition marks as bound by law to 2% of GDP
 */
record BurdenFigures(Alliance alliance, Wording wording, SpendingReport spending,
    GapReport gapTo2, GapReport gapToPath, PathReport paths, List<SplitYear> split,
    FairShareReport fairShare, ExploitationReport exploitation, List<Edition> editions,
    Set<String> nationalCommitments) {

  /** Returns the year of the snapshot. */
  int year() {
    return spending.year();
  }

  /** Returns the exploitation test of the snapshot year. */
  YearTest exploitationInYear() {
    return exploitation.year(year());
  }

  /** Returns the provenance of every figure the analyses used. */
  Stream<String> provenance() {
    return Stream.of(
        spending.allies().stream().flatMap(a -> a.provenance().stream()),
        gapTo2.allies().stream().flatMap(a -> a.provenance().stream()),
        gapToPath.allies().stream().flatMap(a -> a.provenance().stream()),
        paths.allies().stream().flatMap(a -> a.provenance().stream()),
        split.stream().flatMap(s -> s.provenance().stream()),
        fairShare.allies().stream().flatMap(a -> a.provenance().stream()),
        exploitation.years().stream().flatMap(y -> y.provenance().stream()))
        .flatMap(one -> one);
  }

  /** Returns the transatlantic split of the snapshot year. */
  SplitYear splitInYear() {
    return split.stream().filter(s -> s.year() == year()).findFirst().orElseThrow();
  }
}
