package dev.bulwark.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lower modules never depend on upper ones (DESIGN.md, "Layout"), each module named with what it
 * may use: core nothing of Bulwark's; data and the engines (burden, guarantees, posture,
 * forces) core alone; the answers layer the engines and data; the report the answers layer and below; the
 * server that and the report's vendored files; the command line everything; the benchmarks the
 * engines. In the command line only the serve wiring knows the server, and neither the server
 * nor the command line computes an answer of the burden engine's itself.
 */
final class ModuleDirectionTest {

  private static JavaClasses bulwark;

  @BeforeAll
  static void importBulwark() {
    bulwark = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.bulwark");
  }

  @Test
  void everyModuleOnTheCommandLinesClasspathIsImported() {
    for (String module : new String[] {"core", "data", "burden", "guarantees", "posture",
        "forces", "answers", "report", "server", "cli"}) {
      assertThat(bulwark.stream().anyMatch(c -> c.getPackageName().startsWith("dev.bulwark."
          + module))).as("classes of module %s", module).isTrue();
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
        .layer("forces").definedBy("dev.bulwark.forces..")
        .layer("answers").definedBy("dev.bulwark.answers..")
        .layer("report").definedBy("dev.bulwark.report..")
        .layer("server").definedBy("dev.bulwark.server..")
        .layer("cli").definedBy("dev.bulwark.cli..")
        .layer("bench").definedBy("dev.bulwark.bench..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("bench").mayNotBeAccessedByAnyLayer()
        .whereLayer("server").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("report").mayOnlyBeAccessedByLayers("server", "cli")
        .whereLayer("answers").mayOnlyBeAccessedByLayers("report", "server", "cli")
        .whereLayer("burden").mayOnlyBeAccessedByLayers("answers", "report", "server", "cli",
            "bench")
        .whereLayer("guarantees").mayOnlyBeAccessedByLayers("answers", "report", "server", "cli",
            "bench")
        .whereLayer("posture").mayOnlyBeAccessedByLayers("answers", "report", "server", "cli",
            "bench")
        .whereLayer("forces").mayOnlyBeAccessedByLayers("answers", "report", "server", "cli",
            "bench")
        .whereLayer("data").mayOnlyBeAccessedByLayers("answers", "report", "server", "cli",
            "bench")
        .whereLayer("core").mayOnlyBeAccessedByLayers("data", "burden", "guarantees", "posture",
            "forces", "answers", "report", "server", "cli", "bench")
        .check(bulwark);
  }

  @Test
  void onlyTheServeWiringOfTheCommandLineKnowsTheServer() {
    noClasses().that().resideInAPackage("dev.bulwark.cli..")
        .and().doNotHaveSimpleName("ServeCommand")
        .should().dependOnClassesThat().resideInAPackage("dev.bulwark.server..")
        .because("commands are made from the answers layer's registry, not from the API")
        .check(bulwark);
  }

  @Test
  void theServerAndTheCommandLineAnswerOnlyThroughTheAnswersLayer() {
    noClasses().that().resideInAnyPackage("dev.bulwark.server..", "dev.bulwark.cli..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.bulwark.burden..")
        .because("every question is answered once, in dev.bulwark.answers")
        .check(bulwark);
  }
}
