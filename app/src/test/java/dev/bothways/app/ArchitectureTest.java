package dev.bothways.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * What Maven cannot see: the arrows of DESIGN.md between packages, and no JavaFX below app
 * (nor in the command line, which must run without JavaFX).
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.bothways");

    static final ArchRule noJavaFxBelowApp = noClasses()
            .that().resideOutsideOfPackage("dev.bothways.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..");

    static final ArchRule commandLineRunsWithoutJavaFx = noClasses()
            .that().resideInAnyPackage("dev.bothways.app", "dev.bothways.app.cli")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "dev.bothways.app.ui..");

    static final ArchRule modulesDependOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("dev.bothways.model..")
            .layer("importers").definedBy("dev.bothways.importers..")
            .layer("capture").definedBy("dev.bothways.capture..")
            .layer("analysis").definedBy("dev.bothways.analysis..")
            .layer("casefile").definedBy("dev.bothways.casefile..")
            .layer("app").definedBy("dev.bothways.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("casefile").mayOnlyBeAccessedByLayers("app")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("casefile", "app")
            .whereLayer("importers").mayOnlyBeAccessedByLayers("analysis", "casefile", "app")
            .whereLayer("capture").mayOnlyBeAccessedByLayers("analysis", "casefile", "app")
            .whereLayer("model").mayOnlyBeAccessedByLayers("importers", "capture", "analysis", "casefile", "app")
            .withOptionalLayers(true);

    @Test
    void nothingBelowAppImportsJavaFx() {
        noJavaFxBelowApp.check(CLASSES);
    }

    @Test
    void theCommandLineDoesNotReachForJavaFx() {
        commandLineRunsWithoutJavaFx.check(CLASSES);
    }

    @Test
    void modulesDependOnlyAlongTheArrows() {
        modulesDependOneWay.check(CLASSES);
    }
}
