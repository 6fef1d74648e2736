package io.kiosk.command.payment;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The payment decides through its port only: it never knows which provider, protocol or key is behind it. */
@AnalyzeClasses(packages = "io.kiosk.command.payment", importOptions = ImportOption.DoNotIncludeTests.class)
class PaymentModuleRulesTest {

    @ArchTest
    static final ArchRule the_payment_knows_no_provider = noClasses()
            .that().haveFullyQualifiedName(Payment.class.getName())
            .should().dependOnClassesThat().resideInAnyPackage("io.kiosk.command.payment.*..", "org.springframework.web..",
                    "java.security..", "javax.crypto..");

    @ArchTest
    static final ArchRule providers_do_not_know_each_other = noClasses()
            .that().resideInAnyPackage("io.kiosk.command.payment.card..", "io.kiosk.command.payment.wechat..")
            .should().dependOnClassesThat().resideInAnyPackage("io.kiosk.command.payment.alipay..",
                    "io.kiosk.command.payment.sandbox..");

    @ArchTest
    static final ArchRule the_providers_sdks_only_judge_from_the_tests = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("com.alipay..", "com.wechat.pay..", "com.stripe..")
            .because("Kiosk signs and verifies with its own code; the providers' SDKs are test-scope judges of it");
}
