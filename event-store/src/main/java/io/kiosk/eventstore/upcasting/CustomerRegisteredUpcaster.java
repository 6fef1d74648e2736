package io.kiosk.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@code CustomerRegistered} revision 1 (stored without a revision, before customers chose a language; see
 * {@link StoredBeforeRevisions}) to revision 2: adds {@code "language": "zh-CN"}, the language of everyone who has
 * not chosen.
 */
public final class CustomerRegisteredUpcaster extends SingleEventUpcaster {

    static final String TYPE = "io.kiosk.api.customer.CustomerRegistered";
    static final String DEFAULT_LANGUAGE = "zh-CN";
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPE.equals(representation.getType().getName())
                && StoredBeforeRevisions.REVISION.equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            if (payload instanceof ObjectNode registration && !registration.hasNonNull("language")) {
                registration.put("language", DEFAULT_LANGUAGE);
            }
            return payload;
        });
    }
}
