package io.kiosk.eventstore.privacy;

import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.kiosk.api.privacy.PersonalData;

/**
 * The Jackson module of the event serializer that encrypts what is {@link PersonalData}: a property so marked is
 * written as {@code {"erasable":"v1:<subject>:<ciphertext>"}} and read back as its value, or as its erased form once
 * the subject's key is gone (see {@link PersonalDataSerializer}, {@link PersonalDataDeserializer}). Registered only
 * on the event serializer's mapper: commands, queries and HTTP answers carry personal data in the clear, as they
 * must, and are never stored for good.
 */
public class PersonalDataModule extends SimpleModule {

    /** The one field of a sealed value's JSON object. */
    public static final String ENVELOPE_FIELD = "erasable";

    private final transient PersonalDataCipher cipher;

    public PersonalDataModule(PersonalDataCipher cipher) {
        super("kiosk-personal-data");
        this.cipher = cipher;
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new Marks(cipher));
    }

    /** Finds the marked properties: their (de)serializer is the encrypting one, whatever their type. */
    private static final class Marks extends NopAnnotationIntrospector {

        private final transient PersonalDataCipher cipher;

        private Marks(PersonalDataCipher cipher) {
            this.cipher = cipher;
        }

        @Override
        public Object findSerializer(Annotated annotated) {
            return annotated.hasAnnotation(PersonalData.class) ? new PersonalDataSerializer(cipher) : null;
        }

        @Override
        public Object findDeserializer(Annotated annotated) {
            return annotated.hasAnnotation(PersonalData.class) ? new PersonalDataDeserializer(cipher, null) : null;
        }
    }
}
