package io.kiosk.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.kiosk.api.EventPayloadRules;

/** Every event the command side's aggregates, sagas and handlers take, and every saga it stores, carries a revision. */
@AnalyzeClasses(packages = {"io.kiosk.command", "io.kiosk.api"}, importOptions = ImportOption.DoNotIncludeTests.class)
class EventRevisionRulesTest {

    @ArchTest
    static final ArchRule every_event_handled_carries_a_revision = EventPayloadRules.everyEventHandled();

    @ArchTest
    static final ArchRule every_saga_carries_a_revision = EventPayloadRules.everySaga();
}
