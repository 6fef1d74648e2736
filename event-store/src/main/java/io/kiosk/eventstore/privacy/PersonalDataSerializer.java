package io.kiosk.eventstore.privacy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.privacy.PersonalDataOwner;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes a personal value sealed for its owner: the nearest enclosing object that is a {@link PersonalDataOwner}
 * (the event) names them. A value with no owner around it, or whose owner has no key where this application makes
 * none, is written as it is.
 */
final class PersonalDataSerializer extends StdSerializer<Object> {

    private static final JsonFactory JSON = new JsonFactory();

    private final transient PersonalDataCipher cipher;

    PersonalDataSerializer(PersonalDataCipher cipher) {
        super(Object.class);
        this.cipher = cipher;
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        UUID owner = owner(generator.getOutputContext());
        Optional<String> sealed = owner == null ? Optional.empty() : cipher.seal(owner, plainJson(value, provider));
        if (sealed.isEmpty()) {
            provider.defaultSerializeValue(value, generator);
            return;
        }
        generator.writeStartObject();
        generator.writeStringField(PersonalDataModule.ENVELOPE_FIELD, sealed.get());
        generator.writeEndObject();
    }

    private static String plainJson(Object value, SerializerProvider provider) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator plain = JSON.createGenerator(text)) {
            provider.defaultSerializeValue(value, plain);
        }
        return text.toString();
    }

    private static UUID owner(JsonStreamContext context) {
        for (JsonStreamContext at = context; at != null; at = at.getParent()) {
            if (at.getCurrentValue() instanceof PersonalDataOwner owner) {
                CustomerId customer = owner.customerId();
                return customer == null ? null : customer.value();
            }
        }
        return null;
    }
}
