package io.kiosk.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.kiosk.api.EventPayloadRules;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The query side meets the command side only through events: it never imports it. */
@AnalyzeClasses(packages = "io.kiosk", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    /** Every event the projections and the query side take is stored with a revision (see EventPayloadRules). */
    @ArchTest
    static final ArchRule every_event_handled_carries_a_revision = EventPayloadRules.everyEventHandled();

    @ArchTest
    static final ArchRule query_side_never_imports_the_command_side = noClasses()
            .that().resideInAPackage("io.kiosk.query..")
            .should().dependOnClassesThat().resideInAPackage("io.kiosk.command..");

    @ArchTest
    static final ArchRule projections_do_not_depend_on_the_query_side = noClasses()
            .that().resideInAPackage("io.kiosk.projections..")
            .should().dependOnClassesThat().resideInAnyPackage("io.kiosk.query..", "io.kiosk.command..");

    /** Read models hold facts for everyone; who may see which of them is the query API's decision. */
    @ArchTest
    static final ArchRule projections_know_nothing_of_callers_and_roles = noClasses()
            .that().resideInAPackage("io.kiosk.projections..")
            .should().dependOnClassesThat().resideInAnyPackage("io.kiosk.security..", "org.springframework.security..");

    /**
     * Each read model stands alone; all of them may use the shared Elasticsearch plumbing, the rebuild hook and the
     * pinyin readings of Chinese text (product and order search), which know none of them.
     */
    @ArchTest
    static final ArchRule read_models_do_not_reach_into_each_other = slices()
            .matching("io.kiosk.projections.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage("io.kiosk.projections.elasticsearch.."))
            .ignoreDependency(alwaysTrue(), resideInAPackage("io.kiosk.projections.rebuild.."))
            .ignoreDependency(alwaysTrue(), resideInAPackage("io.kiosk.projections.pinyin.."));
}
