package dev.bulwark.core.country;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class EditDistanceTest {

  // Distances worked by hand from the definition (insert, delete, substitute, swap two
  // adjacent characters; under optimal string alignment no substring is edited twice).
  @ParameterizedTest(name = "{0} -> {1} = {2}")
  @CsvSource({
      "'', '', 0",
      "'', abc, 3",           // three insertions
      "abc, '', 3",           // three deletions
      "abc, abc, 0",
      "ab, ba, 1",            // one swap
      "abcd, acbd, 1",        // one swap in the middle
      "ca, abc, 3",           // OSA cannot swap then insert between: delete c, keep a, insert b, c
      "germny, germany, 1",   // one insertion
      "kitten, sitting, 3",   // k->s, e->i, insert g
      "flaw, lawn, 2",        // delete f, insert n
      "polnad, poland, 1",    // swap n and a
      "abc, xyz, 3"})         // three substitutions
  void countsTheFewestEdits(String a, String b, int distance) {
    assertThat(EditDistance.damerauLevenshtein(a, b)).isEqualTo(distance);
    assertThat(EditDistance.damerauLevenshtein(b, a)).as("symmetric").isEqualTo(distance);
  }
}
