package io.kiosk.web.admin.orders;

/** One fact of an event's payload, named in the page's language ({@link PayloadFields}). */
public record PayloadField(String name, String value) {
}
