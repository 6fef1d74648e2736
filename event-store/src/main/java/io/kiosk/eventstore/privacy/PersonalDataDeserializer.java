package io.kiosk.eventstore.privacy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.kiosk.api.privacy.Erased;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Reads a personal value: sealed ({@code {"erasable":"v1:..."}}), it is opened with its subject's key, or read as the
 * type's erased form once that key is gone ({@link Erased#TEXT} for text, the type's {@code ERASED} constant, else
 * {@code null}); stored in the clear (by a version before encryption, or without an owner), it is read as it is.
 */
final class PersonalDataDeserializer extends StdDeserializer<Object> implements ContextualDeserializer {

    private static final JsonFactory JSON = new JsonFactory();

    private final transient PersonalDataCipher cipher;
    private final JavaType type;

    PersonalDataDeserializer(PersonalDataCipher cipher, JavaType type) {
        super(type == null ? Object.class : type.getRawClass());
        this.cipher = cipher;
        this.type = type;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        return property == null ? this : new PersonalDataDeserializer(cipher, property.getType());
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JavaType target = type == null ? context.constructType(Object.class) : type;
        if (!parser.hasToken(JsonToken.START_OBJECT)) {
            return context.readValue(parser, target);
        }
        JsonNode node = context.readTree(parser);
        JsonNode envelope = node.get(PersonalDataModule.ENVELOPE_FIELD);
        if (envelope == null || !envelope.isTextual()) {
            try (JsonParser plain = node.traverse(parser.getCodec())) {
                plain.nextToken();
                return context.readValue(plain, target);
            }
        }
        Optional<String> opened = cipher.open(envelope.textValue());
        if (opened.isEmpty()) {
            return erased(target.getRawClass());
        }
        try (JsonParser plain = JSON.createParser(opened.get())) {
            plain.nextToken();
            return context.readValue(plain, target);
        }
    }

    /** What a value of {@code type} reads as once erased. */
    static Object erased(Class<?> type) {
        if (type == String.class) {
            return Erased.TEXT;
        }
        try {
            Field constant = type.getField("ERASED");
            if (Modifier.isStatic(constant.getModifiers()) && type.isAssignableFrom(constant.getType())) {
                return constant.get(null);
            }
        } catch (NoSuchFieldException | IllegalAccessException none) {
            // no erased form: null
        }
        return null;
    }
}
