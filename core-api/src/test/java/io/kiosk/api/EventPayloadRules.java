package io.kiosk.api;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.serialization.Revision;

import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * What makes a class an event payload is that a handler takes it: every method annotated (or meta-annotated) with
 * Axon's {@code @EventHandler} (so {@code @EventSourcingHandler} and {@code @SagaEventHandler} too) names its payload
 * as its first parameter. That class, or, when it is an interface such as {@code OrderStatusReached}, every class of
 * core-api implementing it, must be a core-api type carrying {@link Revision}: it is stored forever, and its next
 * shape needs an upcaster from this one. Each application checks its own handlers with {@link #everyEventHandled()},
 * importing {@code io.kiosk.api} besides its own packages.
 */
public final class EventPayloadRules {

    private static final String EVENT_HANDLER = "org.axonframework.eventhandling.EventHandler";
    private static final String SAGA = "org.axonframework.spring.stereotype.Saga";

    private EventPayloadRules() {
    }

    public static ArchRule everyEventHandled() {
        return methods().that().areMetaAnnotatedWith(EVENT_HANDLER).or().areAnnotatedWith(EVENT_HANDLER)
                .should(takeAPayloadCarryingARevision())
                .as("every event a handler takes is a core-api type carrying @Revision");
    }

    /** A saga's state is stored too (in {@code saga_entry}, with its revision), and evolves the same way. */
    public static ArchRule everySaga() {
        return classes().that().areAnnotatedWith(SAGA).should().beAnnotatedWith(Revision.class);
    }

    private static ArchCondition<JavaMethod> takeAPayloadCarryingARevision() {
        return new ArchCondition<>("take a payload carrying @Revision") {
            @Override
            public void check(JavaMethod handler, ConditionEvents events) {
                if (handler.getRawParameterTypes().isEmpty()) {
                    events.add(SimpleConditionEvent.violated(handler, handler.getFullName() + " names no payload"));
                    return;
                }
                JavaClass payload = handler.getRawParameterTypes().get(0);
                if (!payload.getPackageName().startsWith("io.kiosk.")) {
                    return; // a handler of every event (Object, EventMessage) names no shape
                }
                storedTypes(payload).forEach(stored -> {
                    boolean fine = stored.getPackageName().startsWith("io.kiosk.api") && stored.isAnnotatedWith(Revision.class);
                    events.add(new SimpleConditionEvent(handler, fine, handler.getFullName() + " takes "
                            + stored.getName() + (fine ? ", which carries @Revision" : ", which is not a core-api type carrying @Revision")));
                });
            }
        };
    }

    private static Stream<JavaClass> storedTypes(JavaClass payload) {
        if (!payload.isInterface()) {
            return Stream.of(payload);
        }
        Set<JavaClass> implementations = payload.getAllSubclasses();
        return implementations.isEmpty() ? Stream.of(payload) : implementations.stream().filter(type -> !type.isInterface());
    }
}
