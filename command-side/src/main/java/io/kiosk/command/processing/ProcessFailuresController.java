package io.kiosk.command.processing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The back office's view of what the command side's processors could not handle: the orders and payments waiting for a person. */
@RestController
@Tag(name = "Process failures")
class ProcessFailuresController {

    private final EventProcessingConfiguration processing;
    private final StalledEvents stalled;

    ProcessFailuresController(EventProcessingConfiguration processing, StalledEvents stalled) {
        this.processing = processing;
        this.stalled = stalled;
    }

    @GetMapping("/api/process-failures")
    @Operation(operationId = "listProcessFailures",
            summary = "Events the command side's processors parked or gave up, with the order or payment they are about")
    ProcessFailures failures() {
        List<ParkedEvent> parked = new ArrayList<>();
        processing.eventProcessors().keySet().stream().sorted().forEach(group -> processing.deadLetterQueue(group)
                .ifPresent(queue -> queue.deadLetters().forEach(sequence -> sequence.forEach(letter -> parked.add(view(group, letter))))));
        parked.sort(Comparator.comparing(ParkedEvent::parkedAt));
        return new ProcessFailures(parked, stalled.list());
    }

    private static ParkedEvent view(String group, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        return new ParkedEvent(group, letter instanceof JdbcDeadLetter<?> stored ? stored.getSequenceIdentifier() : null,
                event.getIdentifier(),
                event.getPayloadType().getName(),
                event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null,
                letter.cause().map(cause -> cause.type() + ": " + cause.message()).orElse(null), letter.enqueuedAt());
    }
}
