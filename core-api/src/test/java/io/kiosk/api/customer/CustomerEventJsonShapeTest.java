package io.kiosk.api.customer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The stored shapes of the customer's language: the registration (revision 2) carries it as its tag, and so does a
 * change of it. What revision 1 (no language) reads as is the event store's upcaster's to say, and is tested there.
 */
class CustomerEventJsonShapeTest {

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    private final CustomerId mia = CustomerId.of("3c2b1a00-9f8e-4d7c-8b6a-5f4e3d2c1b0a");

    @Test
    void a_registration_is_stored_as_revision_three_with_the_language_as_its_tag() throws Exception {
        var event = new CustomerRegistered(mia, new EmailAddress("mia@example.com"), "Mia Chen", new PhoneNumber("+8613800138000"),
                Language.EN);

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("""
                {"customerId":"3c2b1a00-9f8e-4d7c-8b6a-5f4e3d2c1b0a","email":"mia@example.com","name":"Mia Chen",\
                "phone":"+8613800138000","language":"en"}""");
        assertThat(json.readValue(written, CustomerRegistered.class)).isEqualTo(event);
        // revision 3: the same fields, the personal ones sealed by the event store's serializer (not this plain mapper)
        assertThat(CustomerRegistered.class.getAnnotation(Revision.class).value()).isEqualTo("3");
    }

    @Test
    void a_change_of_language_is_stored_with_its_tag() throws Exception {
        var event = new CustomerLanguageChanged(mia, Language.ZH_CN);

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("{\"customerId\":\"3c2b1a00-9f8e-4d7c-8b6a-5f4e3d2c1b0a\",\"language\":\"zh-CN\"}");
        assertThat(json.readValue(written, CustomerLanguageChanged.class)).isEqualTo(event);
    }

    @Test
    void a_language_reads_from_its_tag_in_any_case_and_nothing_else() {
        assertThat(Language.of("zh-cn")).isEqualTo(Language.ZH_CN);
        assertThat(Language.of(" EN ")).isEqualTo(Language.EN);
        assertThatThrownBy(() -> Language.of("fr")).hasMessage("language must be one of zh-CN, en, not 'fr'");
        assertThatThrownBy(() -> Language.of("zh")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Language.DEFAULT).isEqualTo(Language.ZH_CN);
    }
}
