package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bad value for any question's option is bad input: exit code 2, a message naming the option
 * and the value, no stack trace. Each row is the command line, then the words the message must
 * hold, separated by '|'.
 */
final class BadOptionsTest {

  @ParameterizedTest(name = "bulwark {0}")
  @CsvSource(delimiter = ';', textBlock = """
      spending --year 3000;                    year|3000
      spending --year 1899;                    year|1899
      spending --year abc;                     year|abc
      spending --year 2024.5;                  year|2024.5
      spending --year 99999999999999999999;    year|99999999999999999999
      spending --alliance WARSAW;              alliance|WARSAW
      spending --source imf;                   source|imf
      spending --format xml;                   format|xml
      spending --edition nato=1999;            NATO|1999
      gap --target 0;                          target|0
      gap --target -3;                         target|-3
      gap --target 101;                        target|101
      gap --target NaN;                        target|NaN
      gap --target Infinity;                   target|Infinity
      gap --target 1e400;                      target|1e400
      gap --year 0;                            year|0
      path --by 99999;                         by|99999
      path --by 2101;                          by|2101
      path --by abc;                           by|abc
      path --target five;                      target|five
      path --growth 101;                       growth|101
      path --growth -51;                       growth|-51
      path --growth fast;                      growth|fast
      path --growth own:abc;                   growth|own:abc
      path --country Atlantis;                 country|Atlantis
      path --country POL,Narnia;               country|Narnia
      fairshare --from 1800;                   from|1800
      fairshare --to 2200;                     to|2200
      fairshare --year -1;                     year|-1
      exploitation --from abc;                 from|abc
      exploitation --to 1e3;                   to|1e3
      exploitation --source world;             source|world
      guarantee --target EST --date +999999999-12-31;  date|+999999999-12-31
      guarantee --target EST --date 1799-12-31;        date|1799-12-31|1800-01-01
      guarantee --target EST --date 2201-01-01;        date|2201-01-01|2200-12-31
      guarantee --target EST --date 2024-02-30;        date|2024-02-30
      guarantee --target EST --date yesterday;         date|yesterday
      guarantee --target Atlantis;                     target|Atlantis
      guarantee --target EST --attacker Narnia;        attacker|Narnia
      guarantee --target EST --kind spaceship;         kind|spaceship
      guarantee --target EST --intensity apocalypse;   intensity|apocalypse
      guarantee --target EST --at 91,200;              place|91|latitude
      umbrella --date 99999-01-01;             date|99999-01-01
      umbrella --country Atlantis;             country|Atlantis
      umbrella --attacker Narnia;              attacker|Narnia
      treaties --id warsaw-pact;               id|warsaw-pact
      treaties --date 3000-01-01;              date|3000-01-01
      posture --theater MARSCOM;               theater|MARSCOM
      posture --quarter 2024Q5;                quarter|2024Q5
      posture --quarter 1900Q1;                quarter|1900
      posture --from 3000;                     from|3000
      posture --to abc;                        to|abc
      campaign sahara;                         theatre|sahara
      campaign baltic --posture baltic-1900;   posture|baltic-1900
      campaign baltic --runs 0;                runs|0
      campaign baltic --runs 100000001;        runs|100000001
      campaign baltic --seed abc;              seed|abc
      campaign baltic --threads 0;             threads|0
      campaign baltic --horizon 366;           horizon|366
      campaign baltic --show everything;       show|everything
      campaign baltic --scenario nowhere.yaml; nowhere.yaml
      countries Atlantis;                      name|Atlantis
      scenario run nowhere.yaml;               nowhere.yaml
      fairshare --split maybe;                 maybe
      treaties --parties perhaps;              perhaps
      posture --reconcile maybe;               maybe
      """)
  void aBadValueIsBadInputNamingTheOptionAndTheValue(String commandLine, String words) {
    Run run = Run.of(commandLine.split(" "));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Bulwark.BAD_INPUT);
    assertThat(run.err()).contains(words.split("\\|"));
    assertThat(run.err()).doesNotContain("\tat ", "Exception");
  }
}
