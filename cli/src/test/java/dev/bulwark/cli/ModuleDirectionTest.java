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
 * others; data and the engines (burden, guarantees, posture) know core alone; the report knows
 * the engines; only the command line knows everything.
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
    for (String module : new String[] {"core", "data", "burden", "report", "server", "cli"}) {
      assertThat(bulwark.stream().anyMatch(c -> c.getPackageName().startsWith("dev.bulwark." + module)))
          .as("classes of module %s", module).isTrue();
    }
  }

  @Test
  void modulesDependOnlyDownwards() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("core").definedBy("dev.bulwark.core..")
        .layer("data").definedBy("dev.bulwark.data..")
        .layer("burden").definedBy("dev.bulwark.burden..")
        .layer("guarantees").definedBy("dev.bulwark.guarantees..")
        .layer("posture").definedBy("dev.bulwark.posture..")
        .layer("report").definedBy("dev.bulwark.report..")
        .layer("server").definedBy("dev.bulwark.server..")
        .layer("cli").definedBy("dev.bulwark.cli..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("server").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("burden").mayOnlyBeAccessedByLayers("report", "server", "cli")
        .whereLayer("guarantees").mayOnlyBeAccessedByLayers("report", "server", "cli")
        .whereLayer("posture").mayOnlyBeAccessedByLayers("report", "server", "cli")
        .whereLayer("data").mayOnlyBeAccessedByLayers("report", "server", "cli")
        .whereLayer("core").mayOnlyBeAccessedByLayers("data", "burden", "guarantees", "posture",
            "report", "server", "cli")
        .check(bulwark);
  }
}
