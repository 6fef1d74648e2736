package io.kiosk.projections;

import io.kiosk.api.catalog.ProductDefined;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.projections.catalog.CatalogSequencingPolicy;
import io.kiosk.projections.search.OrderSearchSequencingPolicy;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A poison event — one whose payload no code can read — must reach the projection's handler, where it is
 * dead-lettered; a sequencing policy that reads the payload to key it would otherwise fail first, outside the
 * handler, and stop the whole processor on it (found by the fault suite's {@code PoisonEventsTest}).
 */
class PoisonEventSequencingTest {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();

    /** An event of this type, stored by aggregate {@code aggregate}, whose id is no id. */
    private static GenericDomainEventMessage<Object> poison(Class<?> type, String aggregate) {
        SimpleSerializedObject<byte[]> payload = new SimpleSerializedObject<>(
                "{\"orderId\":{\"poison\":true},\"productId\":{\"poison\":true}}".getBytes(StandardCharsets.UTF_8),
                byte[].class, type.getName(), null);
        SimpleSerializedObject<byte[]> metaData = new SimpleSerializedObject<>("{}".getBytes(StandardCharsets.UTF_8),
                byte[].class, MetaData.class.getName(), null);
        return new GenericDomainEventMessage<>("Poison", aggregate, 0,
                new SerializedMessage<>(UUID.randomUUID().toString(), payload, metaData, SERIALIZER), Instant::now);
    }

    @Test
    void a_payload_that_cannot_be_read_is_keyed_by_its_aggregate_so_that_the_handler_dead_letters_it() {
        String aggregate = UUID.randomUUID().toString();
        GenericDomainEventMessage<Object> order = poison(OrderPlaced.class, aggregate);
        GenericDomainEventMessage<Object> product = poison(ProductDefined.class, aggregate);
        assertThatThrownBy(order::getPayload).isInstanceOf(SerializationException.class);

        assertThat(new OrderSearchSequencingPolicy().getSequenceIdentifierFor(order)).isEqualTo(aggregate);
        assertThat(new CatalogSequencingPolicy().getSequenceIdentifierFor(product)).isEqualTo(aggregate);
    }
}
