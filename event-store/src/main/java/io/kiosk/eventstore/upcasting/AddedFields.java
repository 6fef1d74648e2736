package io.kiosk.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.List;

/**
 * One event type's revision 1 to revision 2, for the events whose records grew fields while they were stored without
 * a revision: a payload of revision 1 may have any of the shapes shipped then, and lacks the fields added later. They
 * are made explicit as {@code null} (each event's record says what a missing one means: a fact nobody recorded then,
 * never one to invent now), also in each element of a list of lines that grew fields the same way.
 */
public final class AddedFields extends SingleEventUpcaster {

    private final String type;
    private final List<String> fields;
    private final String list;
    private final List<String> fieldsOfEach;
    private final SimpleSerializedType revisionTwo;

    private AddedFields(String type, List<String> fields, String list, List<String> fieldsOfEach) {
        this.type = type;
        this.fields = List.copyOf(fields);
        this.list = list;
        this.fieldsOfEach = List.copyOf(fieldsOfEach);
        this.revisionTwo = new SimpleSerializedType(type, "2");
    }

    /** Revision 2 of {@code type} has {@code fields} that revision 1 may lack. */
    public static AddedFields of(String type, String... fields) {
        return new AddedFields(type, List.of(fields), null, List.of());
    }

    /** ... and each element of its {@code list} has {@code fields} that revision 1's elements may lack. */
    public AddedFields inEachOf(String list, String... fields) {
        return new AddedFields(type, this.fields, list, List.of(fields));
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return type.equals(representation.getType().getName())
                && StoredBeforeRevisions.REVISION.equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(revisionTwo, JsonNode.class, payload -> {
            if (payload instanceof ObjectNode event) {
                explicit(event, fields);
                if (list != null) {
                    event.path(list).forEach(element -> {
                        if (element instanceof ObjectNode line) {
                            explicit(line, fieldsOfEach);
                        }
                    });
                }
            }
            return payload;
        });
    }

    private static void explicit(ObjectNode node, List<String> fields) {
        fields.stream().filter(field -> !node.has(field)).forEach(node::putNull);
    }
}
