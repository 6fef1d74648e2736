package io.kiosk.api.text;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.order.Contact;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RejectRefund;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one rule for text people type, and the value objects that follow it. */
class FreeTextTest {

    @Test
    void a_line_is_kept_stripped_and_in_its_composed_unicode_form() {
        assertThat(FreeText.required("name", "  Mia Chen \t", 100)).isEqualTo("Mia Chen");
        // "é" written as e + combining acute accent is kept as the one character é
        assertThat(FreeText.required("name", "Ame\u0301lie", 100)).isEqualTo("Amélie");
        assertThat(FreeText.required("name", "李雷 🙂", 100)).isEqualTo("李雷 🙂");
    }

    @Test
    void a_nul_byte_or_any_other_control_character_is_refused_naming_the_field() {
        for (String hostile : new String[]{"Mia\u0000", "Mia\u0007Chen", "Mia\u001bChen", "Mia\u007f", "Mia\u0085Chen",
                "Mia\u009bChen", "Mia\nChen", "Mia\rChen", "Mia\tChen", "Mia\u2028Chen", "Mia\u202eneh", "Mia\ud800"}) {
            assertThatThrownBy(() -> FreeText.required("recipient", hostile, 100))
                    .as(hostile.codePoints().mapToObj(Integer::toHexString).toList().toString())
                    .isInstanceOfSatisfying(InvalidText.class, invalid -> {
                        assertThat(invalid.field()).isEqualTo("recipient");
                        assertThat(invalid.reason()).startsWith("contains ");
                    });
        }
        assertThatThrownBy(() -> FreeText.required("recipient", "Mia\u0000", 100))
                .hasMessage("recipient contains a NUL character (U+0000); only one line of text is kept");
    }

    @Test
    void a_note_keeps_its_lines_and_tabs_but_no_other_control_character() {
        assertThat(FreeText.note("note", "Box dented.\r\nScreen\tfine.\rThanks\n", 500))
                .isEqualTo("Box dented.\nScreen\tfine.\nThanks");
        assertThatThrownBy(() -> FreeText.note("note", "Box\u0000dented", 500)).isInstanceOf(InvalidText.class)
                .hasMessageStartingWith("note contains a NUL character");
        assertThatThrownBy(() -> FreeText.note("note", "Box\u000bdented", 500)).isInstanceOf(InvalidText.class);
    }

    @Test
    void blank_text_is_missing_required_or_left_out_as_allowed() {
        assertThatThrownBy(() -> FreeText.required("name", " \t ", 100)).hasMessage("name is required");
        assertThatThrownBy(() -> FreeText.required("name", null, 100)).hasMessage("name is required");
        assertThat(FreeText.optional("line2", "   ", 200)).isNull();
        assertThat(FreeText.note("note", null, 500)).isNull();
        assertThatThrownBy(() -> FreeText.requiredNote("reason", "\n\n", 500)).hasMessage("reason is required");
    }

    @Test
    void lengths_count_characters_not_code_units() {
        assertThat(FreeText.required("engraving", "🙂".repeat(10), 10)).hasSize(20);
        assertThatThrownBy(() -> FreeText.required("engraving", "🙂".repeat(11), 10))
                .hasMessage("engraving is longer than 10 characters");
    }

    @Test
    void addresses_contacts_options_and_product_texts_refuse_control_characters_naming_the_part() {
        PhoneNumber phone = new PhoneNumber("+8613800138000");
        assertThatThrownBy(() -> new DeliveryAddress("Li\u0000Lei", phone, "1 Nanjing Road", null, "Shanghai", "Shanghai",
                "200001", "CN")).isInstanceOfSatisfying(InvalidText.class, invalid -> assertThat(invalid.field()).isEqualTo("recipient"));
        assertThatThrownBy(() -> new DeliveryAddress("Li Lei", phone, "1 Nanjing Road", "Flat 2\u0000", "Shanghai",
                "Shanghai", "200001", "CN")).isInstanceOfSatisfying(InvalidText.class, invalid -> assertThat(invalid.field()).isEqualTo("line2"));
        assertThatThrownBy(() -> new Contact("Li\nLei", phone, new EmailAddress("li@example.com")))
                .isInstanceOfSatisfying(InvalidText.class, invalid -> assertThat(invalid.field()).isEqualTo("name"));
        assertThatThrownBy(() -> new ChosenOptions(Map.of("engraving", "For Mia\u0000")))
                .isInstanceOfSatisfying(InvalidText.class, invalid -> assertThat(invalid.field()).isEqualTo("engraving"));
        assertThatThrownBy(() -> new LocalizedText("充电器", "Charger\u001b[31m"))
                .isInstanceOfSatisfying(InvalidText.class, invalid -> assertThat(invalid.field()).isEqualTo("en"));
        assertThatThrownBy(() -> LocalizedText.of("充电器", "Wireless\ncharger").requireBoth("name", 120))
                .isInstanceOfSatisfying(InvalidText.class, invalid -> assertThat(invalid.field()).isEqualTo("en"));
        assertThatThrownBy(() -> new RejectRefund(RefundId.random(), "no\u0000"))
                .isInstanceOfSatisfying(InvalidText.class, invalid -> assertThat(invalid.field()).isEqualTo("reason"));
    }

    @Test
    void the_value_objects_keep_text_in_its_normal_form() {
        assertThat(new ChosenOptions(Map.of("engraving", " For Mia ")).values()).containsEntry("engraving", "For Mia");
        assertThat(new Contact(" Li Lei ", new PhoneNumber("+8613800138000"), new EmailAddress("li@example.com")).name())
                .isEqualTo("Li Lei");
        assertThat(LocalizedText.of("说明", "Line one\r\nLine two").en()).isEqualTo("Line one\nLine two");
    }
}
