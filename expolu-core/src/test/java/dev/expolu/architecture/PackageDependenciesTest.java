package dev.expolu.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package graph of expolu-core's own classes (tests left out): no cycles, no Maven API, and
 * {@code dev.expolu.run}, the run description every other package shares, a leaf.
 */
@AnalyzeClasses(packages = "dev.expolu", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageDependenciesTest {

    /** Each package of dev.expolu with its sub-packages is one node; no path leads from one back to itself. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.expolu.(*)..").namingSlices("$1")
            .should().beFreeOfCycles();

    /** The core is a library: the plugin adapts it to Maven, never the other way round. */
    @ArchTest
    static final ArchRule noMavenApi = noClasses().that().resideInAPackage("dev.expolu..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..",
                    "org.eclipse.aether..")
            .because("expolu-core knows nothing of Maven");

    /** The canonical run description depends on nothing else of expolu. */
    @ArchTest
    static final ArchRule runIsALeaf = noClasses().that().resideInAPackage("dev.expolu.run..")
            .should().dependOnClassesThat(resideInAPackage("dev.expolu..")
                    .and(not(resideInAPackage("dev.expolu.run.."))))
            .because("dev.expolu.run is the leaf the cache, records and locks share");
}
