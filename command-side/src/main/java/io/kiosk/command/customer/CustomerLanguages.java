package io.kiosk.command.customer;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.CustomerLanguageChanged;
import io.kiosk.api.customer.CustomerRegistered;
import io.kiosk.api.customer.Language;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The language each customer is written to in, one row per customer in table {@code customer_language}, so that a
 * mail (about an account, an order, a refund) can be written in it without loading the customer's events. Written by
 * a subscribing processor inside the customer command's own transaction (see {@code CustomerLanguagesConfiguration}),
 * like the product catalogue: the table never lags behind the events.
 */
@Component
@ProcessingGroup(CustomerLanguages.PROCESSING_GROUP)
public class CustomerLanguages {

    static final String PROCESSING_GROUP = "customer-languages";

    private final JdbcClient jdbc;

    public CustomerLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's language; {@link Language#DEFAULT} for an account that never chose (staff, early customers). */
    public Language of(CustomerId customerId) {
        return jdbc.sql("SELECT language FROM customer_language WHERE customer_id = :id")
                .param("id", customerId.value())
                .query(String.class)
                .optional()
                .map(Language::of)
                .orElse(Language.DEFAULT);
    }

    @EventHandler
    void on(CustomerRegistered event, @SequenceNumber long version) {
        keep(event.customerId(), event.language(), version);
    }

    @EventHandler
    void on(CustomerLanguageChanged event, @SequenceNumber long version) {
        keep(event.customerId(), event.language(), version);
    }

    private void keep(CustomerId customerId, Language language, long version) {
        jdbc.sql("""
                        INSERT INTO customer_language (customer_id, language, version) VALUES (:id, :language, :version)
                        ON CONFLICT (customer_id) DO UPDATE SET language = :language, version = :version
                        WHERE customer_language.version < :version""")
                .param("id", customerId.value())
                .param("language", language.tag())
                .param("version", version)
                .update();
    }
}
