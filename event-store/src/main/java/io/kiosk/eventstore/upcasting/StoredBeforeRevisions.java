package io.kiosk.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Every Kiosk event stored before events carried a revision (a null revision in the JDBC event store, an empty one
 * in Axon Server's) becomes revision 1: the first link of every event's chain, so that each later revision has
 * exactly one predecessor to upcast from. Their text is repaired as it reads ({@link StoredPayloads}): before the one
 * free-text rule, characters that are not text (a NUL among them) were stored, which today's value objects refuse.
 */
public final class StoredBeforeRevisions extends SingleEventUpcaster {

    static final String REVISION = "1";
    private static final String KIOSK_EVENTS = "io.kiosk.api.";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        String revision = representation.getType().getRevision();
        return representation.getType().getName().startsWith(KIOSK_EVENTS) && (revision == null || revision.isEmpty());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(representation.getType().getName(), REVISION),
                JsonNode.class, StoredPayloads::asKeptToday);
    }
}
