package io.kiosk.web;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The web app is a client of Kiosk's APIs like any other: it speaks to them only through the client generated from the
 * committed OpenAPI descriptions ({@code io.kiosk.client}), and imports no server module, not even the shared language
 * of commands and events ({@code core-api}). Its Maven dependencies name none of them either; this rule keeps a class
 * from sneaking one in through another path.
 */
@AnalyzeClasses(packages = "io.kiosk.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule the_web_app_imports_no_server_module = noClasses()
            .that().resideInAPackage("io.kiosk.web..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.kiosk.api..",          // core-api
                    "io.kiosk.command..",      // command-side
                    "io.kiosk.query..",        // query-side
                    "io.kiosk.projections..",  // projections
                    "io.kiosk.security..",     // web-security
                    "io.kiosk.eventstore..",   // event-store
                    "io.kiosk.infra..",        // embedded-infra
                    "io.kiosk.launcher..",     // launcher
                    "org.axonframework..")
            .because("the web app knows Kiosk only through its public HTTP APIs and the generated client");
}
