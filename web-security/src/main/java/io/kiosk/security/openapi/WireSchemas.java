package io.kiosk.security.openapi;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Describes values as they are on the wire rather than as Java holds them: a {@link Currency} is its ISO 4217
 * code, a number written as a string ({@code @JsonFormat(shape = STRING)}, as money amounts are) is a decimal
 * string, a {@link JsonNode} is any JSON object. It also remembers which class each record schema came from, so
 * that {@link ApiContract} can mark a record's components required.
 */
final class WireSchemas implements ModelConverter {

    static final String DECIMAL = "^-?[0-9]+(\\.[0-9]+)?$";

    private final NestedTypeNames names;
    /**
     * One map for every instance: swagger keeps one list of converters per JVM, and springdoc puts the instance of the
     * application context started last in it, so an application context started earlier (a cached test context) saw
     * its records go to another instance and described them without {@code required}. A schema name always means the
     * same record class, so sharing the map is safe.
     */
    private static final Map<String, Class<?>> RECORDS = new ConcurrentHashMap<>();

    WireSchemas(NestedTypeNames names) {
        this.names = names;
    }

    static Schema<String> currency() {
        StringSchema currency = new StringSchema();
        currency.pattern("^[A-Z]{3}$").description("an ISO 4217 currency code").example("CNY");
        return currency;
    }

    static Schema<String> decimal(String description) {
        StringSchema decimal = new StringSchema();
        decimal.format("decimal").pattern(DECIMAL).description(description).example("199.00");
        return decimal;
    }

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType javaType = Json.mapper().constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        if (Currency.class.equals(raw)) {
            return currency();
        }
        if (JsonNode.class.isAssignableFrom(raw)) {
            return new ObjectSchema().description("any JSON object");
        }
        if (writtenAsString(raw, type)) {
            return decimal("a decimal number written as a string, so that no client reads it as a float");
        }
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (schema != null && raw.isRecord()) {
            RECORDS.put(names.nameForType(javaType), raw);
        }
        return schema;
    }

    /** The record class a component schema of this name was made from, if any. */
    Class<?> recordNamed(String schemaName) {
        return RECORDS.get(schemaName);
    }

    private static boolean writtenAsString(Class<?> raw, AnnotatedType type) {
        boolean number = BigDecimal.class.equals(raw) || Long.class.equals(raw) || long.class.equals(raw);
        return number && type.getCtxAnnotations() != null && Arrays.stream(type.getCtxAnnotations())
                .anyMatch(annotation -> annotation instanceof JsonFormat format && format.shape() == JsonFormat.Shape.STRING);
    }
}
