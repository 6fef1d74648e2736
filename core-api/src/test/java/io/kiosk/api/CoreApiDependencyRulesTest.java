package io.kiosk.api;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.serialization.Revision;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The shared language stays free of frameworks, so both sides (and any future client) can use it. */
@AnalyzeClasses(packages = "io.kiosk.api", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreApiDependencyRulesTest {

    @ArchTest
    static final ArchRule core_api_depends_on_no_spring = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

    /** Routing keys for commands, and the revision of an event whose stored shape changed (read through an upcaster). */
    @ArchTest
    static final ArchRule core_api_uses_axon_only_for_routing_keys_and_revisions = noClasses()
            .should().dependOnClassesThat(resideInAPackage("org.axonframework..")
                    .and(not(resideInAPackage("org.axonframework.modelling.command")))
                    .and(not(type(Revision.class))))
            .as("core-api uses Axon only for @TargetAggregateIdentifier and @Revision");

    @ArchTest
    static final ArchRule core_api_depends_on_no_kiosk_module = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("io.kiosk.command..", "io.kiosk.query..", "io.kiosk.projections..");
}
