package io.kiosk.security.openapi;

import io.swagger.v3.oas.models.media.Schema;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds an example of a schema from the schema itself: a property's own {@code example} or first enum value,
 * else a value that reads like Kiosk's (by the property's name or the string's format). Built from the schema,
 * an example stays valid when the schema changes, and every new request or answer has one without anyone
 * writing it.
 */
final class ExampleValues {

    /** How many schemas deep an example goes (a schema that contains itself stops sooner). */
    private static final int MAX_DEPTH = 10;

    /** Values by property name, for strings without an example of their own. */
    private static final Map<String, Object> BY_NAME = Map.ofEntries(
            Map.entry("email", "mia@example.com"),
            Map.entry("name", "Mia Chen"),
            Map.entry("recipient", "Mia Chen"),
            Map.entry("phone", "+8613800138000"),
            Map.entry("password", "a long secret phrase"),
            Map.entry("currentPassword", "a long secret phrase"),
            Map.entry("newPassword", "an even longer secret phrase"),
            Map.entry("productId", "ks-charger-pro"),
            Map.entry("category", "chargers-power"),
            Map.entry("line2", "Tower 2, 18th floor"),
            Map.entry("require", "size=L"),
            Map.entry("exclude", "colour=rose"),
            Map.entry("conflicting", "functions=wireless"),
            Map.entry("rule", "amount-above-threshold"),
            Map.entry("type", "OrderPlaced"),
            Map.entry("aggregateType", "Order"),
            Map.entry("eventType", "io.kiosk.api.order.OrderPlaced"),
            Map.entry("nameZh", "KS 无线充电器 Pro"),
            Map.entry("nameEn", "KS Charger Pro"),
            Map.entry("line1", "88 Century Avenue"),
            Map.entry("city", "Shanghai"),
            Map.entry("region", "SH"),
            Map.entry("postalCode", "200120"),
            Map.entry("country", "CN"),
            Map.entry("carrier", "SF Express"),
            Map.entry("trackingNumber", "SF1234567890"),
            Map.entry("zh", "KS 无线充电器 Pro"),
            Map.entry("en", "KS Charger Pro"),
            Map.entry("label", "Alipay mia***@example.com"),
            Map.entry("note", "the box was damaged"),
            Map.entry("reason", "the customer's bank refused it"),
            Map.entry("message", "if the address can be used, a mail with the next step is on its way"),
            Map.entry("projection", "order-tracking"),
            Map.entry("token", "483920"),
            Map.entry("refreshToken", "Zk1m0Yv9Q2x7m3KpL8sT4w"),
            Map.entry("accessToken", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIuLi4ifQ.c2lnbmF0dXJl"),
            Map.entry("tokenType", "Bearer"),
            Map.entry("stockItemId", "ks-charger-pro:colour=graphite,size=L"),
            Map.entry("providerToken", "2088-token-abc"),
            Map.entry("value", "graphite"),
            Map.entry("choice", "graphite"),
            Map.entry("group", "colour"),
            Map.entry("id", "colour"),
            Map.entry("code", "base"),
            Map.entry("image", "https://img.example.com/ks-charger-pro.png"));

    private final Map<String, Schema> components;

    ExampleValues(Map<String, Schema> components) {
        this.components = components == null ? Map.of() : components;
    }

    Object of(Schema<?> schema) {
        return value(schema, null, 0, new HashSet<>());
    }

    private Object value(Schema<?> schema, String name, int depth, Set<String> seen) {
        if (schema == null) {
            return null;
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.get$ref() != null) {
            String ref = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (!seen.add(ref) || depth > MAX_DEPTH) {
                return null;
            }
            Object value = value(components.get(ref), name, depth + 1, seen);
            seen.remove(ref);
            return value;
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return value(schema.getAllOf().get(0), name, depth, seen);
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return value(schema.getOneOf().get(0), name, depth, seen);
        }
        String type = schema.getType() != null ? schema.getType()
                : schema.getProperties() != null || schema.getAdditionalProperties() != null ? "object" : null;
        if (type == null) {
            return Map.of();
        }
        return switch (type) {
            case "object" -> object(schema, depth, seen);
            case "array" -> {
                Object item = value(schema.getItems(), singular(name), depth, seen);
                yield item == null ? List.of() : List.of(item);
            }
            case "integer" -> schema.getMinimum() != null && schema.getMinimum().compareTo(BigDecimal.ONE) > 0
                    ? schema.getMinimum().longValue() : 1;
            case "number" -> new BigDecimal("1.5");
            case "boolean" -> true;
            default -> string(schema, name);
        };
    }

    private Object object(Schema<?> schema, int depth, Set<String> seen) {
        Map<String, Object> object = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((property, propertySchema) -> {
                Object value = value(propertySchema, property, depth, seen);
                if (value != null) {
                    object.put(property, value);
                }
            });
        } else if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            Object value = value(values, "value", depth, seen);
            object.put("colour", value == null ? "graphite" : value);
        }
        return object;
    }

    private static Object string(Schema<?> schema, String name) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        switch (format) {
            case "uuid":
                return "5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99";
            case "date":
                return "2026-11-25";
            case "date-time":
                return "2026-11-25T10:00:00Z";
            case "decimal":
                return "199.00";
            case "uri", "uri-reference":
                return "http://localhost:8080/sandbox/pay/5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99";
            default:
                break;
        }
        if (name != null && BY_NAME.containsKey(name)) {
            return BY_NAME.get(name);
        }
        if (name != null && name.endsWith("Id")) {
            return "5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99";
        }
        return name == null ? "text" : "the " + name;
    }

    private static String singular(String name) {
        return name == null ? null : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
