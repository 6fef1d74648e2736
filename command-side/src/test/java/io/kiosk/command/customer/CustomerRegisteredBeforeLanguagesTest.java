package io.kiosk.command.customer;

import io.kiosk.api.customer.ChangeCustomerProfile;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.CustomerLanguageChanged;
import io.kiosk.api.customer.CustomerRegistered;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.Language;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.command.CommandSideHttpTest;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer who registered before customers chose a language, as the real event store holds their registration
 * (revision 1, without a language): the application reads it in Chinese through the event store's upcaster, writes
 * to them in Chinese, and lets them choose English, which their mails follow from then on.
 */
class CustomerRegisteredBeforeLanguagesTest extends CommandSideHttpTest {

    @Autowired
    private CustomerLanguages languages;

    @Test
    void a_customer_registered_before_languages_reads_chinese_and_may_choose_english() {
        CustomerId early = CustomerId.random();
        jdbc.update("""
                        insert into eventstore.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        values (?, ?, 0, 'Customer', '2025-11-20T02:00:00Z', ?, null, convert_to(?, 'UTF8'), convert_to('{}', 'UTF8'))""",
                UUID.randomUUID().toString(), early.toString(), CustomerRegistered.class.getName(),
                "{\"customerId\":\"%s\",\"email\":\"early@example.com\",\"name\":\"Early Bird\",\"phone\":\"+8613800138000\"}"
                        .formatted(early));

        assertThat(store.readEvents(early.toString()).asStream().<Object>map(EventMessage::getPayload)).containsExactly(
                new CustomerRegistered(early, new EmailAddress("early@example.com"), "Early Bird",
                        new PhoneNumber("+8613800138000"), Language.ZH_CN));
        assertThat(languages.of(early)).isEqualTo(Language.ZH_CN);

        commands.sendAndWait(new ChangeCustomerProfile(early, null, null, Language.EN));

        assertThat(store.readEvents(early.toString()).asStream().<Object>map(EventMessage::getPayload))
                .endsWith(new CustomerLanguageChanged(early, Language.EN));
        assertThat(languages.of(early)).isEqualTo(Language.EN);
    }
}
