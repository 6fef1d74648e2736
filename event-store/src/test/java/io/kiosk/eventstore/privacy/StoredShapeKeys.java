package io.kiosk.eventstore.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.kiosk.api.privacy.Erased;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The keys the stored event shapes of sealed revisions were written with: fixtures under {@code stored-events} whose
 * customer is {@link #KEPT} were sealed with a fixed key of theirs (every byte {@code 0x6b}), and those of
 * {@link #ERASED} belong to a customer whose key is deleted. Fixtures of other customers have no key here, as those
 * stored before encryption never had one; the application's serializer of the test makes none ({@code create-keys}
 * off, as on the query side), so what it writes for them stays in the clear.
 */
public final class StoredShapeKeys {

    public static final UUID KEPT = UUID.fromString("5eed0000-0000-4000-8000-00000000a11c");
    public static final UUID ERASED = UUID.fromString("5eed0000-0000-4000-8000-0000000e4a5e");

    private static final MasterKey MASTER_KEY = new MasterKey(filled(0x4d));
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredShapeKeys() {
    }

    /** The keys table made and holding the fixtures' keys; the cipher of an application reading them. */
    public static PersonalDataCipher cipher(DataSource database) {
        Flyway.configure().dataSource(database).schemas("privacy").createSchemas(true)
                .locations("classpath:db/privacy").placeholders(Map.of("readerRole", "")).load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql("DELETE FROM privacy.subject_key WHERE subject IN (:kept, :erased)")
                .param("kept", KEPT).param("erased", ERASED).update();
        jdbc.sql("INSERT INTO privacy.subject_key (subject, wrapped_key) VALUES (:subject, :key)")
                .param("subject", KEPT).param("key", MASTER_KEY.wrap(KEPT, new SecretKeySpec(filled(0x6b), "AES"))).update();
        jdbc.sql("INSERT INTO privacy.subject_key (subject, wrapped_key, erased_at) VALUES (:subject, NULL, now())")
                .param("subject", ERASED).update();
        return new PersonalDataCipher(new SubjectKeys(jdbc, MASTER_KEY, false, Duration.ofMinutes(5), Clock.systemUTC()));
    }

    /**
     * {@code payload} with every sealed value replaced by what it opens to ({@link Erased#TEXT} once erased): two
     * payloads that hold the same values sealed with different IVs are then equal.
     */
    public static JsonNode opened(JsonNode payload, PersonalDataCipher cipher) {
        JsonNode copy = payload.deepCopy();
        return open(copy, cipher);
    }

    private static JsonNode open(JsonNode node, PersonalDataCipher cipher) {
        if (node instanceof ObjectNode object) {
            JsonNode envelope = object.get(PersonalDataModule.ENVELOPE_FIELD);
            if (object.size() == 1 && envelope != null && envelope.isTextual()) {
                return cipher.open(envelope.textValue()).map(StoredShapeKeys::parse).orElse(TextNode.valueOf(Erased.TEXT));
            }
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> object.set(name, open(object.get(name), cipher)));
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, open(array.get(i), cipher));
            }
        }
        return node;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
