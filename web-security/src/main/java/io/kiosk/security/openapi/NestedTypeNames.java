package io.kiosk.security.openapi;

import io.swagger.v3.core.jackson.TypeNameResolver;

/**
 * Names schemas after their classes, a nested class after its enclosing class too ({@code ProductSearchResult.Hit}
 * is {@code ProductSearchResultHit}, {@code OrderSearchResult.Hit} is {@code OrderSearchResultHit}), so that two
 * nested types of the same simple name (records, or enums such as {@code PaymentAction.Kind} and
 * {@code PriceDelta.Kind}) never share one schema and a new class never renames an old schema. A
 * {@code @Schema(name = ...)} on the class still wins.
 */
final class NestedTypeNames extends TypeNameResolver {

    @Override
    protected String getNameOfClass(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        if (enclosing == null) {
            return super.getNameOfClass(type);
        }
        return getNameOfClass(enclosing) + type.getSimpleName();
    }
}
