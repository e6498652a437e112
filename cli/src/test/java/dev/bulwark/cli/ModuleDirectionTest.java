package dev.bulwark.cli;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Lower modules never depend on upper ones (DESIGN.md, "Layout"): core knows nothing of the
 * others; data and the engines know core; the report knows the engines; only the command line
 * knows everything.
 */
@AnalyzeClasses(packages = "dev.bulwark", importOptions = ImportOption.DoNotIncludeTests.class)
final class ModuleDirectionTest {

  @ArchTest
  static final ArchRule modulesDependOnlyDownwards = layeredArchitecture()
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
      .whereLayer("core").mayOnlyBeAccessedByLayers("data", "burden", "report", "cli");
}
