package london.observatory.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering the README describes, checked on the compiled classes of both modules: data flow in one
 * direction, connectors independent of each other and of publishing, the engine free of Spring.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the pipeline's test classes reach this classpath as a jar (the bad-input corpus), not as test-classes
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("london.observatory");

    private static final String[] PIPELINE = {
        "london.observatory.boundaries..",
        "london.observatory.connectors..",
        "london.observatory.crash..",
        "london.observatory.descriptor..",
        "london.observatory.disclosure..",
        "london.observatory.extract..",
        "london.observatory.fetch..",
        "london.observatory.freshness..",
        "london.observatory.geography..",
        "london.observatory.ingest..",
        "london.observatory.leftovers..",
        "london.observatory.lineage..",
        "london.observatory.mapping..",
        "london.observatory.normalise..",
        "london.observatory.observation..",
        "london.observatory.parquet..",
        "london.observatory.period..",
        "london.observatory.publish..",
        "london.observatory.release..",
        "london.observatory.search..",
        "london.observatory.source..",
        "london.observatory.table.."
    };

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching("london.observatory.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void sourceFamiliesDoNotDependOnEachOther() {
        slices().matching("london.observatory.connectors.(*)..")
                .should()
                .notDependOnEachOther()
                .check(CLASSES);
    }

    @Test
    void connectorsNeverPublish() {
        noClasses()
                .that()
                .resideInAPackage("london.observatory.connectors..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("london.observatory.publish..")
                .check(CLASSES);
    }

    @Test
    void theEngineKnowsNothingOfSpring() {
        noClasses()
                .that()
                .resideInAnyPackage(PIPELINE)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(CLASSES);
    }

    @Test
    void onlyTheJobsModuleKnowsSpringBatch() {
        noClasses()
                .that()
                .resideOutsideOfPackage("london.observatory.jobs..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.batch..")
                .check(CLASSES);
    }

    @Test
    void theEngineNeverReachesIntoTheApplication() {
        noClasses()
                .that()
                .resideInAnyPackage(PIPELINE)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("london.observatory.jobs..")
                .check(CLASSES);
    }

    @Test
    void theEngineNeverReachesIntoTheServer() {
        noClasses()
                .that()
                .resideInAnyPackage(PIPELINE)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("london.observatory.web..")
                .check(CLASSES);
    }

    /** A new engine package is named here, so the rules above cover it (and the README's layout names it). */
    @Test
    void everyEngineClassIsInAKnownPackage() {
        classes()
                .that()
                .resideOutsideOfPackages("london.observatory.jobs..", "london.observatory.web..")
                .should()
                .resideInAnyPackage(PIPELINE)
                .check(CLASSES);
    }
}
