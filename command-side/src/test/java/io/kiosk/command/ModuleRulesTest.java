package io.kiosk.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.kiosk.command.mail.MailDelivery;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.mail.MailSender;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The command side meets the query side only through events: it never imports it; its capabilities form no cycle. Only the outbox's worker talks to
 * a mail server: requests and event handlers write mails to the outbox.
 */
@AnalyzeClasses(packages = "io.kiosk.command", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    @ArchTest
    static final ArchRule command_side_never_imports_the_query_side = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("io.kiosk.query..", "io.kiosk.projections..");

    @ArchTest
    static final ArchRule capabilities_depend_on_each_other_one_way_only = slices()
            .matching("io.kiosk.command.(*)..")
            .should().beFreeOfCycles()
            .because("a capability that needs another's aggregate creates it (the cart its order, the order its refund)"
                    + " or sends it a command; neither may need the first back");

    @ArchTest
    static final ArchRule aggregates_do_not_know_the_web = noClasses()
            .that().haveSimpleNameEndingWith("Cart").or().haveSimpleNameEndingWith("Order")
            .or().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.http..");

    @ArchTest
    static final ArchRule only_the_outbox_talks_to_a_mail_server = noClasses()
            .that().resideOutsideOfPackages("io.kiosk.command.outbox..", "io.kiosk.command.mail..")
            .should().dependOnClassesThat().areAssignableTo(MailDelivery.class)
            .orShould().dependOnClassesThat().areAssignableTo(MailSender.class);
}
