package dev.bulwark.cli;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lower modules never depend on upper ones (DESIGN.md, "Layout"): core knows nothing of the
 * others; data and the burden engine know core; the report knows the engines; only the command
 * line knows everything.
 */
final class ModuleDirectionTest {

  private static JavaClasses bulwark;

  @BeforeAll
  static void importBulwark() {
    bulwark = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.bulwark");
  }

  @Test
  void everyModuleIsOnTheClasspath() {
    for (String module : new String[] {"core", "data", "burden", "report", "cli"}) {
      assertThat(bulwark.stream().anyMatch(c -> c.getPackageName().startsWith("dev.bulwark." + module)))
          .as("classes of module %s", module).isTrue();
    }
  }

  @Test
  void modulesDependOnlyDownwards() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("core").definedBy("dev.bulwark.core..")
        .layer("data").definedBy("dev.bulwark.data..")
        .layer("burden").definedBy("dev.bulwark.burden..")
        .layer("report").definedBy("dev.bulwark.report..")
        .layer("cli").definedBy("dev.bulwark.cli..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("burden").mayOnlyBeAccessedByLayers("report", "cli")
        .whereLayer("data").mayOnlyBeAccessedByLayers("report", "cli")
        .whereLayer("core").mayOnlyBeAccessedByLayers("data", "burden", "report", "cli")
        .check(bulwark);
  }
}
