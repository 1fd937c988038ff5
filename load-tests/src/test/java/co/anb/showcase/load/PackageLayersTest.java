package co.anb.showcase.load;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The capacity tests' packages and the one direction they depend in: the command line on everything; the report
 * on the two scenarios' results; each scenario on the dataset and the system under test, never on the other
 * scenario; the dataset on the system only.
 */
class PackageLayersTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("co.anb.showcase.load");

    @Test
    void packagesDependOneWayOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("command line").definedBy("co.anb.showcase.load")
                .layer("report").definedBy("co.anb.showcase.load.report..")
                .layer("web scenario").definedBy("co.anb.showcase.load.web..")
                .layer("worker scenario").definedBy("co.anb.showcase.load.worker..")
                .layer("dataset").definedBy("co.anb.showcase.load.seed..")
                .layer("system under test").definedBy("co.anb.showcase.load.system..")
                .whereLayer("command line").mayNotBeAccessedByAnyLayer()
                .whereLayer("report").mayOnlyBeAccessedByLayers("command line")
                .whereLayer("web scenario").mayOnlyBeAccessedByLayers("command line", "report")
                .whereLayer("worker scenario").mayOnlyBeAccessedByLayers("command line", "report")
                .whereLayer("dataset").mayOnlyBeAccessedByLayers("command line", "web scenario", "worker scenario",
                        "report")
                .check(CLASSES);
    }

    @Test
    void noCycles() {
        slices().matching("co.anb.showcase.load.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
