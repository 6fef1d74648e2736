package io.kiosk.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The repair of payloads stored before revisions: their text keeps what the free-text rule
 * ({@code io.kiosk.api.text.FreeText}) keeps today: Unicode NFC, without C0 and C1 control characters (tab, line feed
 * and carriage return stay, for notes), unpaired surrogates, line and paragraph separators and text direction
 * overrides. Before that rule a NUL in a name or an address was accepted and stored; today's value objects refuse it,
 * which would make its aggregate unreadable, and PostgreSQL refuses it in a read model. (The other old shape that
 * looks different, amounts written as JSON numbers in the first days, reads as it is: the number keeps its scale.)
 */
final class StoredPayloads {

    private StoredPayloads() {
    }

    static JsonNode asKeptToday(JsonNode payload) {
        if (payload instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            object.fields().forEachRemaining(fields::add);
            object.removeAll();
            fields.forEach(field -> object.set(text(field.getKey()), asKeptToday(field.getValue())));
            return object;
        }
        if (payload instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, asKeptToday(array.get(i)));
            }
            return array;
        }
        if (payload instanceof TextNode text) {
            String kept = text(text.textValue());
            return kept.equals(text.textValue()) ? text : TextNode.valueOf(kept);
        }
        return payload;
    }

    static String text(String stored) {
        String normal = Normalizer.normalize(stored, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(normal.length());
        normal.codePoints().filter(StoredPayloads::isText).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isText(int character) {
        if (character == '\t' || character == '\n' || character == '\r') {
            return true;
        }
        int type = Character.getType(character);
        return type != Character.CONTROL && type != Character.SURROGATE && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR
                && !(character >= 0x202A && character <= 0x202E || character >= 0x2066 && character <= 0x2069);
    }
}
