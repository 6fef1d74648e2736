package io.kiosk.command.customer;

import io.kiosk.api.customer.AddDeliveryAddress;
import io.kiosk.api.customer.ChangeCustomerProfile;
import io.kiosk.api.customer.ConfirmCustomerEmail;
import io.kiosk.api.customer.CustomerEmailVerified;
import io.kiosk.api.customer.CustomerErased;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.CustomerLanguageChanged;
import io.kiosk.api.customer.CustomerProfileChanged;
import io.kiosk.api.customer.CustomerRegistered;
import io.kiosk.api.customer.DeliveryAddressAdded;
import io.kiosk.api.customer.DeliveryAddressRemoved;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.EraseCustomer;
import io.kiosk.api.customer.Language;
import io.kiosk.api.customer.PaymentMethodRemoved;
import io.kiosk.api.customer.PaymentMethodSaved;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.customer.RegisterCustomer;
import io.kiosk.api.customer.RemoveDeliveryAddress;
import io.kiosk.api.customer.RemovePaymentMethod;
import io.kiosk.api.customer.SavePaymentMethod;
import io.kiosk.api.customer.SavedPaymentMethod;
import io.kiosk.api.privacy.Erased;
import io.kiosk.command.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A customer. Lifecycle: registered (e-mail unverified) → e-mail verified → erased (for good: their personal data
 * in every event reads as erased, and nothing of theirs changes any more); meanwhile they keep their name and phone,
 * the language they read Kiosk and its mails in, delivery addresses and saved payment methods (provider tokens only)
 * up to date. Credentials are not here: they live with identity, outside the event store.
 */
@Aggregate
public class Customer {

    static final int MAX_ADDRESSES = 20;
    static final int MAX_PAYMENT_METHODS = 10;

    @AggregateIdentifier
    private CustomerId customerId;
    private EmailAddress email;
    private boolean emailVerified;
    private String name;
    private PhoneNumber phone;
    private Language language;
    private boolean erased;
    private final Set<UUID> addresses = new HashSet<>();
    private final Map<UUID, SavedPaymentMethod> paymentMethods = new HashMap<>();

    protected Customer() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public Customer(RegisterCustomer command) {
        apply(new CustomerRegistered(command.customerId(), command.email(), requireName(command.name()), command.phone(),
                command.language() == null ? Language.DEFAULT : command.language()));
    }

    @CommandHandler
    void handle(ConfirmCustomerEmail command) {
        if (!emailVerified) {
            apply(new CustomerEmailVerified(customerId, email));
        }
    }

    /** Erases the customer once; erasing them again changes nothing. */
    @CommandHandler
    void handle(EraseCustomer command) {
        if (!erased) {
            apply(new CustomerErased(customerId, command.requestedBy(), command.reason()));
        }
    }

    /** Changes what the command names; what it leaves out stays, and what is already so changes nothing. */
    @CommandHandler
    void handle(ChangeCustomerProfile command) {
        requireNotErased();
        String newName = command.name() == null ? name : requireName(command.name());
        PhoneNumber newPhone = command.phone() == null ? phone : command.phone();
        if (!newName.equals(name) || !Objects.equals(newPhone, phone)) {
            apply(new CustomerProfileChanged(customerId, newName, newPhone));
        }
        if (command.language() != null && command.language() != language) {
            apply(new CustomerLanguageChanged(customerId, command.language()));
        }
    }

    @CommandHandler
    void handle(AddDeliveryAddress command) {
        requireNotErased();
        if (addresses.size() >= MAX_ADDRESSES) {
            throw RuleViolation.unprocessable("too-many-addresses", null, "keep at most " + MAX_ADDRESSES + " addresses");
        }
        if (!addresses.contains(command.addressId())) {
            apply(new DeliveryAddressAdded(customerId, command.addressId(), command.address()));
        }
    }

    @CommandHandler
    void handle(RemoveDeliveryAddress command) {
        if (!addresses.contains(command.addressId())) {
            throw RuleViolation.notFound("address-not-found", "addressId", "no address " + command.addressId());
        }
        apply(new DeliveryAddressRemoved(customerId, command.addressId()));
    }

    @CommandHandler
    void handle(SavePaymentMethod command) {
        requireNotErased();
        if (paymentMethods.size() >= MAX_PAYMENT_METHODS) {
            throw RuleViolation.unprocessable("too-many-payment-methods", null,
                    "keep at most " + MAX_PAYMENT_METHODS + " payment methods");
        }
        if (paymentMethods.containsValue(command.method())) {
            throw RuleViolation.conflict("payment-method-exists", "this payment method is saved already");
        }
        apply(new PaymentMethodSaved(customerId, command.paymentMethodId(), command.method()));
    }

    @CommandHandler
    void handle(RemovePaymentMethod command) {
        if (!paymentMethods.containsKey(command.paymentMethodId())) {
            throw RuleViolation.notFound("payment-method-not-found", "paymentMethodId",
                    "no payment method " + command.paymentMethodId());
        }
        apply(new PaymentMethodRemoved(customerId, command.paymentMethodId()));
    }

    @EventSourcingHandler
    void on(CustomerRegistered event) {
        customerId = event.customerId();
        email = event.email();
        name = event.name();
        phone = event.phone();
        language = event.language();
    }

    @EventSourcingHandler
    void on(CustomerErased event) {
        erased = true;
        email = EmailAddress.ERASED;
        name = Erased.TEXT;
        phone = PhoneNumber.ERASED;
        addresses.clear();
        paymentMethods.clear();
    }

    @EventSourcingHandler
    void on(CustomerEmailVerified event) {
        emailVerified = true;
    }

    @EventSourcingHandler
    void on(CustomerProfileChanged event) {
        name = event.name();
        phone = event.phone();
    }

    @EventSourcingHandler
    void on(CustomerLanguageChanged event) {
        language = event.language();
    }

    @EventSourcingHandler
    void on(DeliveryAddressAdded event) {
        addresses.add(event.addressId());
    }

    @EventSourcingHandler
    void on(DeliveryAddressRemoved event) {
        addresses.remove(event.addressId());
    }

    @EventSourcingHandler
    void on(PaymentMethodSaved event) {
        paymentMethods.put(event.paymentMethodId(), event.method());
    }

    @EventSourcingHandler
    void on(PaymentMethodRemoved event) {
        paymentMethods.remove(event.paymentMethodId());
    }

    private void requireNotErased() {
        if (erased) {
            throw RuleViolation.notFound("customer-erased", null, "this customer was erased");
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw RuleViolation.unprocessable("invalid-name", "name", "a name of 1 to 100 characters is required");
        }
        return name.strip();
    }
}
