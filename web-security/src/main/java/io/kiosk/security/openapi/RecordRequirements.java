package io.kiosk.security.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Marks which members of a record's schema are always there. Kiosk's answers leave out what is null, so a member
 * is required exactly when its component is never null: every component is, unless it is annotated
 * {@code @Nullable}. That holds for every record Kiosk answers with and for the shared language's self-validating
 * values ({@code io.kiosk.api}) wherever they appear; a request body of the applications' own says what it
 * requires with its validation annotations instead.
 */
final class RecordRequirements {

    private static final String SHARED_LANGUAGE = "io.kiosk.api.";

    private RecordRequirements() {
    }

    static void apply(Components components, WireSchemas wire, OpenAPI api) {
        if (components.getSchemas() == null) {
            return;
        }
        List<String> requests = ApiContract.requestSchemas(api);
        components.getSchemas().forEach((name, schema) -> {
            Class<?> record = wire.recordNamed(name);
            if (record == null || schema.getProperties() == null) {
                return;
            }
            if (requests.contains(name) && !record.getName().startsWith(SHARED_LANGUAGE)) {
                return;
            }
            require(schema, record);
        });
    }

    private static void require(Schema<?> schema, Class<?> record) {
        List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            if (!schema.getProperties().containsKey(name)) {
                continue;
            }
            if (nullable(component)) {
                required.remove(name);
            } else if (!required.contains(name)) {
                required.add(name);
            }
        }
        schema.setRequired(required.isEmpty() ? null : required);
    }

    /** Annotated {@code @Nullable} of any kind: on the component, or (for annotations not meant for components) its field. */
    private static boolean nullable(RecordComponent component) {
        List<Annotation> annotations = new ArrayList<>(Arrays.asList(component.getAnnotations()));
        try {
            annotations.addAll(Arrays.asList(component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotations()));
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException(impossible);
        }
        return annotations.stream().map(Annotation::annotationType).anyMatch(type -> type.getSimpleName().equals("Nullable"));
    }
}
