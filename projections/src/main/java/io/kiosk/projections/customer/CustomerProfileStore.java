package io.kiosk.projections.customer;

import io.kiosk.api.customer.CustomerEmailVerified;
import io.kiosk.api.customer.CustomerErased;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.CustomerLanguageChanged;
import io.kiosk.api.customer.CustomerProfile;
import io.kiosk.api.customer.CustomerProfileChanged;
import io.kiosk.api.customer.CustomerRegistered;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.DeliveryAddressAdded;
import io.kiosk.api.customer.DeliveryAddressRemoved;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.Language;
import io.kiosk.api.customer.PaymentMethodRemoved;
import io.kiosk.api.customer.PaymentMethodSaved;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.privacy.Erased;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The customer profile tables in PostgreSQL. Every write after registration first moves the
 * profile's version up to the event's sequence number, and changes anything only if that move
 * happened: an event the profile has already seen (a replay or a redelivery) changes nothing.
 */
@Repository
class CustomerProfileStore {

    private final JdbcClient jdbc;

    CustomerProfileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new customer; does nothing if the customer is already known. */
    void insertRegistered(CustomerRegistered event, long version, Instant at) {
        jdbc.sql("""
                        INSERT INTO customer_profile (customer_id, email, email_verified, name, phone, language, registered_at,
                                                      updated_at, version)
                        VALUES (:customerId, :email, FALSE, :name, :phone, :language, :at, :at, :version)
                        ON CONFLICT (customer_id) DO NOTHING""")
                .param("customerId", event.customerId().value())
                .param("email", event.email().value())
                .param("name", event.name())
                .param("phone", phoneOrNull(event.phone()))
                .param("language", event.language().tag())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    void markEmailVerified(CustomerEmailVerified event, long version, Instant at) {
        jdbc.sql("""
                        UPDATE customer_profile SET email = :email, email_verified = TRUE, updated_at = :at, version = :version
                        WHERE customer_id = :customerId AND version < :version""")
                .param("customerId", event.customerId().value())
                .param("email", event.email().value())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    void changeContactDetails(CustomerProfileChanged event, long version, Instant at) {
        jdbc.sql("""
                        UPDATE customer_profile SET name = :name, phone = :phone, updated_at = :at, version = :version
                        WHERE customer_id = :customerId AND version < :version""")
                .param("customerId", event.customerId().value())
                .param("name", event.name())
                .param("phone", phoneOrNull(event.phone()))
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    /**
     * The customer was erased: their name, e-mail address and phone read as erased, their addresses and payment
     * methods (whose labels may name them) are gone. What replays before this event is read as erased already.
     */
    void erase(CustomerErased event, long version, Instant at) {
        if (advance(event.customerId(), version, at)) {
            jdbc.sql("UPDATE customer_profile SET name = :erased, email = :erased, phone = :erased WHERE customer_id = :customerId")
                    .param("customerId", event.customerId().value())
                    .param("erased", Erased.TEXT)
                    .update();
            jdbc.sql("DELETE FROM customer_address WHERE customer_id = :customerId")
                    .param("customerId", event.customerId().value()).update();
            jdbc.sql("DELETE FROM customer_payment_method WHERE customer_id = :customerId")
                    .param("customerId", event.customerId().value()).update();
        }
    }

    void changeLanguage(CustomerLanguageChanged event, long version, Instant at) {
        jdbc.sql("""
                        UPDATE customer_profile SET language = :language, updated_at = :at, version = :version
                        WHERE customer_id = :customerId AND version < :version""")
                .param("customerId", event.customerId().value())
                .param("language", event.language().tag())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    void insertAddress(DeliveryAddressAdded event, long version, Instant at) {
        if (!advance(event.customerId(), version, at)) {
            return;
        }
        DeliveryAddress address = event.address();
        jdbc.sql("""
                        INSERT INTO customer_address (customer_id, address_id, added_in, recipient, phone, line1, line2,
                                                      city, region, postal_code, country)
                        VALUES (:customerId, :addressId, :addedIn, :recipient, :phone, :line1, :line2,
                                :city, :region, :postalCode, :country)
                        ON CONFLICT (customer_id, address_id) DO NOTHING""")
                .param("customerId", event.customerId().value())
                .param("addressId", event.addressId())
                .param("addedIn", version)
                .param("recipient", address.recipient())
                .param("phone", address.phone().value())
                .param("line1", address.line1())
                .param("line2", address.line2())
                .param("city", address.city())
                .param("region", address.region())
                .param("postalCode", address.postalCode())
                .param("country", address.country())
                .update();
    }

    void deleteAddress(DeliveryAddressRemoved event, long version, Instant at) {
        if (advance(event.customerId(), version, at)) {
            jdbc.sql("DELETE FROM customer_address WHERE customer_id = :customerId AND address_id = :addressId")
                    .param("customerId", event.customerId().value())
                    .param("addressId", event.addressId())
                    .update();
        }
    }

    /** Keeps provider and label; the provider's token is dropped here, never stored. */
    void insertPaymentMethod(PaymentMethodSaved event, long version, Instant at) {
        if (!advance(event.customerId(), version, at)) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO customer_payment_method (customer_id, payment_method_id, added_in, provider, label)
                        VALUES (:customerId, :paymentMethodId, :addedIn, :provider, :label)
                        ON CONFLICT (customer_id, payment_method_id) DO NOTHING""")
                .param("customerId", event.customerId().value())
                .param("paymentMethodId", event.paymentMethodId())
                .param("addedIn", version)
                .param("provider", event.method().provider().name())
                .param("label", event.method().label())
                .update();
    }

    void deletePaymentMethod(PaymentMethodRemoved event, long version, Instant at) {
        if (advance(event.customerId(), version, at)) {
            jdbc.sql("DELETE FROM customer_payment_method WHERE customer_id = :customerId AND payment_method_id = :paymentMethodId")
                    .param("customerId", event.customerId().value())
                    .param("paymentMethodId", event.paymentMethodId())
                    .update();
        }
    }

    /** Empties every profile table, for a rebuild from the first event. */
    void clear() {
        jdbc.sql("TRUNCATE customer_profile, customer_address, customer_payment_method").update();
    }

    Optional<CustomerProfile> find(CustomerId customerId) {
        return jdbc.sql("SELECT * FROM customer_profile WHERE customer_id = :customerId")
                .param("customerId", customerId.value())
                .query((row, n) -> profile(row, addresses(customerId), paymentMethods(customerId)))
                .optional();
    }

    /** Moves the profile to {@code version}; false if it is there already (or beyond), or unknown. */
    private boolean advance(CustomerId customerId, long version, Instant at) {
        return jdbc.sql("""
                        UPDATE customer_profile SET updated_at = :at, version = :version
                        WHERE customer_id = :customerId AND version < :version""")
                .param("customerId", customerId.value())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update() == 1;
    }

    private List<CustomerProfile.Address> addresses(CustomerId customerId) {
        return jdbc.sql("SELECT * FROM customer_address WHERE customer_id = :customerId ORDER BY added_in")
                .param("customerId", customerId.value())
                .query((row, n) -> new CustomerProfile.Address(
                        row.getObject("address_id", UUID.class),
                        new DeliveryAddress(
                                row.getString("recipient"),
                                new PhoneNumber(row.getString("phone")),
                                row.getString("line1"),
                                row.getString("line2"),
                                row.getString("city"),
                                row.getString("region"),
                                row.getString("postal_code"),
                                row.getString("country"))))
                .list();
    }

    private List<CustomerProfile.PaymentMethod> paymentMethods(CustomerId customerId) {
        return jdbc.sql("SELECT * FROM customer_payment_method WHERE customer_id = :customerId ORDER BY added_in")
                .param("customerId", customerId.value())
                .query((row, n) -> new CustomerProfile.PaymentMethod(
                        row.getObject("payment_method_id", UUID.class),
                        PaymentProvider.valueOf(row.getString("provider")),
                        row.getString("label")))
                .list();
    }

    private static CustomerProfile profile(ResultSet row, List<CustomerProfile.Address> addresses,
                                           List<CustomerProfile.PaymentMethod> paymentMethods) throws SQLException {
        String phone = row.getString("phone");
        return new CustomerProfile(
                new CustomerId(row.getObject("customer_id", UUID.class)),
                new EmailAddress(row.getString("email")),
                row.getBoolean("email_verified"),
                row.getString("name"),
                phone == null ? null : new PhoneNumber(phone),
                Language.of(row.getString("language")),
                addresses,
                paymentMethods);
    }

    private static String phoneOrNull(PhoneNumber phone) {
        return phone == null ? null : phone.value();
    }
}
