package dev.vitae;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package graph keeps its direction: {@code cli → pipeline → stages → model, source}. The
 * stages are listed in pipeline order, and a stage may use only the stages before it, so a stage
 * never reaches forward (as {@code validate → fit} once did), nor back up into the pipeline or the
 * command line. A new package fails here until it is given its place.
 */
class ArchitectureTest {

  /** The stages in pipeline order; then the side commands' stages, each after what it uses. */
  private static final List<String> STAGES =
      List.of(
          "load",
          "validate",
          "tailor",
          "view",
          "render",
          "fit",
          "check",
          "preview",
          "schema",
          "jsonresume",
          "rendercv",
          "match",
          "apply");

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("dev.vitae");

  @Test
  void eachPackageUsesOnlyThoseBelowIt() {
    LayeredArchitecture rule =
        layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("cli")
            .definedBy("dev.vitae.cli..")
            .layer("pipeline")
            .definedBy("dev.vitae.pipeline..");
    for (String stage : STAGES) {
      rule = rule.layer(stage).definedBy("dev.vitae." + stage + "..");
    }
    rule =
        rule.layer("model")
            .definedBy("dev.vitae.model..")
            .layer("source")
            .definedBy("dev.vitae.source..")
            .whereLayer("cli")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("pipeline")
            .mayOnlyBeAccessedByLayers("cli");
    for (int i = 0; i < STAGES.size(); i++) {
      Stream<String> later = STAGES.subList(i + 1, STAGES.size()).stream();
      String[] users = Stream.concat(Stream.of("cli", "pipeline"), later).toArray(String[]::new);
      rule = rule.whereLayer(STAGES.get(i)).mayOnlyBeAccessedByLayers(users);
    }
    rule.whereLayer("model")
        .mayNotAccessAnyLayer()
        .whereLayer("source")
        .mayNotAccessAnyLayer()
        .ensureAllClassesAreContainedInArchitecture()
        .check(MAIN);
  }

  @Test
  void noPackagesFormACycle() {
    slices().matching("dev.vitae.(**)").should().beFreeOfCycles().check(MAIN);
  }
}
