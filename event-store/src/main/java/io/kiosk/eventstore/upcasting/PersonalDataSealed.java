package io.kiosk.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.function.UnaryOperator;

/**
 * One event type's step to the revision from which its personal values ({@code io.kiosk.api.privacy.PersonalData})
 * are stored sealed for their customer, as {@code {"erasable":"v1:…"}} (the event store's {@code privacy} package).
 * The payload stays as it was: a value stored in the clear before is read as it is (the serializer reads a plain
 * value and a sealed one alike), since an upcaster cannot seal it (it has no keys, and a read must not make any).
 * Such a value is not erased by deleting its customer's key; the read models erase what they hold of an erased
 * customer whatever the event said (docs/operations.md, "Personal data and erasure").
 */
public final class PersonalDataSealed extends SingleEventUpcaster {

    private final String type;
    private final String before;
    private final SimpleSerializedType sealed;

    private PersonalDataSealed(String type, String before, String sealed) {
        this.type = type;
        this.before = before;
        this.sealed = new SimpleSerializedType(type, sealed);
    }

    /** {@code type}'s personal values are sealed from revision {@code sealed} on, stored in the clear in {@code before}. */
    public static PersonalDataSealed from(String type, String before, String sealed) {
        return new PersonalDataSealed(type, before, sealed);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return type.equals(representation.getType().getName()) && before.equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(sealed, JsonNode.class, UnaryOperator.identity());
    }
}
