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
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.DeliveryAddressAdded;
import io.kiosk.api.customer.DeliveryAddressRemoved;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.EraseCustomer;
import io.kiosk.api.customer.ErasureRequester;
import io.kiosk.api.customer.Language;
import io.kiosk.api.customer.PaymentMethodRemoved;
import io.kiosk.api.customer.PaymentMethodSaved;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.customer.RegisterCustomer;
import io.kiosk.api.customer.RemoveDeliveryAddress;
import io.kiosk.api.customer.RemovePaymentMethod;
import io.kiosk.api.customer.SavePaymentMethod;
import io.kiosk.api.customer.SavedPaymentMethod;
import io.kiosk.api.privacy.Erased;
import io.kiosk.api.text.InvalidText;
import io.kiosk.command.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerTest {

    private static final CustomerId MIA = CustomerId.random();
    private static final EmailAddress MAIL = new EmailAddress("Mia.Chen@example.com");
    private static final PhoneNumber PHONE = new PhoneNumber("+86 138 0013 8000");
    private static final CustomerRegistered REGISTERED = new CustomerRegistered(MIA, MAIL, "Mia Chen", PHONE, Language.ZH_CN);
    private static final DeliveryAddress HOME = new DeliveryAddress("Mia Chen", PHONE, "88 Century Avenue", "Floor 12",
            "Shanghai", "Shanghai", "200120", "CN");
    private static final SavedPaymentMethod VISA = new SavedPaymentMethod(PaymentProvider.CARD, "pm_1Q2w3E4r", "Visa ending 4242");

    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
    }

    @Test
    void a_customer_registers_with_contact_details_and_no_password() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomer(MIA, MAIL, "  Mia Chen ", PHONE, Language.ZH_CN))
                .expectEvents(REGISTERED);
    }

    @Test
    void a_customer_registers_in_the_language_they_choose_and_in_chinese_without_a_choice() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomer(MIA, MAIL, "Mia Chen", PHONE, Language.EN))
                .expectEvents(new CustomerRegistered(MIA, MAIL, "Mia Chen", PHONE, Language.EN));
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomer(MIA, MAIL, "Mia Chen", PHONE, null))
                .expectEvents(REGISTERED);
    }

    @Test
    void e_mail_addresses_are_kept_in_lower_case_and_phone_numbers_without_spaces() {
        assertThat(MAIL.value()).isEqualTo("mia.chen@example.com");
        assertThat(PHONE.value()).isEqualTo("+8613800138000");
        assertThatThrownBy(() -> new EmailAddress("mia@")).hasMessage("is not a valid e-mail address");
        assertThatThrownBy(() -> new PhoneNumber("13800138000")).hasMessageContaining("international number");
    }

    @Test
    void a_registration_without_a_name_or_with_one_that_is_not_text_cannot_even_be_asked_for() {
        assertThatThrownBy(() -> new RegisterCustomer(MIA, MAIL, " ", PHONE, Language.EN))
                .isInstanceOf(InvalidText.class).hasMessage("name is required");
        assertThatThrownBy(() -> new RegisterCustomer(MIA, MAIL, "Mia\u0000", PHONE, Language.EN))
                .isInstanceOf(InvalidText.class).hasMessageStartingWith("name contains a NUL character");
    }

    @Test
    void the_e_mail_address_is_verified_once() {
        fixture.given(REGISTERED)
                .when(new ConfirmCustomerEmail(MIA))
                .expectEvents(new CustomerEmailVerified(MIA, MAIL));
        fixture.given(REGISTERED, new CustomerEmailVerified(MIA, MAIL))
                .when(new ConfirmCustomerEmail(MIA))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void the_profile_changes_only_when_something_changed() {
        PhoneNumber newPhone = new PhoneNumber("+8613900139000");
        fixture.given(REGISTERED)
                .when(new ChangeCustomerProfile(MIA, "Mia Chen-Li", newPhone, null))
                .expectEvents(new CustomerProfileChanged(MIA, "Mia Chen-Li", newPhone));
        fixture.given(REGISTERED)
                .when(new ChangeCustomerProfile(MIA, "Mia Chen", PHONE, Language.ZH_CN))
                .expectNoEvents();
    }

    @Test
    void what_a_profile_change_leaves_out_stays_as_it_is() {
        fixture.given(REGISTERED)
                .when(new ChangeCustomerProfile(MIA, null, new PhoneNumber("+8613900139000"), null))
                .expectEvents(new CustomerProfileChanged(MIA, "Mia Chen", new PhoneNumber("+8613900139000")));
        fixture.given(REGISTERED)
                .when(new ChangeCustomerProfile(MIA, "Mia Li", null, null))
                .expectEvents(new CustomerProfileChanged(MIA, "Mia Li", PHONE));
    }

    @Test
    void a_customer_changes_their_language_and_changing_it_to_itself_changes_nothing() {
        fixture.given(REGISTERED)
                .when(new ChangeCustomerProfile(MIA, null, null, Language.EN))
                .expectEvents(new CustomerLanguageChanged(MIA, Language.EN));
        fixture.given(REGISTERED, new CustomerLanguageChanged(MIA, Language.EN))
                .when(new ChangeCustomerProfile(MIA, null, null, Language.EN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new ChangeCustomerProfile(MIA, "Mia Li", null, Language.EN))
                .expectEvents(new CustomerProfileChanged(MIA, "Mia Li", PHONE), new CustomerLanguageChanged(MIA, Language.EN));
    }

    @Test
    void delivery_addresses_are_added_and_removed() {
        UUID home = UUID.randomUUID();
        fixture.given(REGISTERED)
                .when(new AddDeliveryAddress(MIA, home, HOME))
                .expectEvents(new DeliveryAddressAdded(MIA, home, HOME));
        fixture.given(REGISTERED, new DeliveryAddressAdded(MIA, home, HOME))
                .when(new RemoveDeliveryAddress(MIA, home))
                .expectEvents(new DeliveryAddressRemoved(MIA, home));
    }

    @Test
    void an_unknown_address_cannot_be_removed() {
        fixture.given(REGISTERED)
                .when(new RemoveDeliveryAddress(MIA, UUID.randomUUID()))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_customer_keeps_a_limited_number_of_addresses() {
        Object[] full = IntStream.range(0, Customer.MAX_ADDRESSES)
                .mapToObj(i -> new DeliveryAddressAdded(MIA, UUID.randomUUID(), HOME)).toArray();
        fixture.given(REGISTERED).andGiven(full)
                .when(new AddDeliveryAddress(MIA, UUID.randomUUID(), HOME))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_payment_method_is_saved_as_a_provider_token_and_removed() {
        UUID visa = UUID.randomUUID();
        fixture.given(REGISTERED)
                .when(new SavePaymentMethod(MIA, visa, VISA))
                .expectEvents(new PaymentMethodSaved(MIA, visa, VISA));
        fixture.given(REGISTERED, new PaymentMethodSaved(MIA, visa, VISA))
                .when(new RemovePaymentMethod(MIA, visa))
                .expectEvents(new PaymentMethodRemoved(MIA, visa));
    }

    @Test
    void the_same_payment_method_is_not_saved_twice() {
        fixture.given(REGISTERED, new PaymentMethodSaved(MIA, UUID.randomUUID(), VISA))
                .when(new SavePaymentMethod(MIA, UUID.randomUUID(), VISA))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_card_number_is_never_accepted_as_a_payment_method() {
        assertThatThrownBy(() -> new SavedPaymentMethod(PaymentProvider.CARD, "4242 4242 4242 4242", "my card"))
                .hasMessageContaining("looks like a card number");
        assertThatThrownBy(() -> new SavedPaymentMethod(PaymentProvider.CARD, "pm_123", "4242424242424242"))
                .hasMessageContaining("looks like a card number");
    }

    @Test
    void a_customer_is_erased_once_and_nothing_of_theirs_changes_afterwards() {
        CustomerErased erased = new CustomerErased(MIA, ErasureRequester.BACK_OFFICE, "asked by letter");
        fixture.given(REGISTERED)
                .when(new EraseCustomer(MIA, ErasureRequester.BACK_OFFICE, "asked by letter"))
                .expectEvents(erased);
        fixture.given(REGISTERED, erased)
                .when(new EraseCustomer(MIA, ErasureRequester.CUSTOMER, null))
                .expectNoEvents();
        fixture.given(REGISTERED, erased)
                .when(new ChangeCustomerProfile(MIA, "Mia Again", null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("this customer was erased");
        fixture.given(REGISTERED, erased)
                .when(new AddDeliveryAddress(MIA, UUID.randomUUID(), HOME))
                .expectException(RuleViolation.class);
    }

    @Test
    void the_back_office_says_why_it_erases_and_no_one_can_type_the_erased_marker_as_their_own() {
        assertThatThrownBy(() -> new EraseCustomer(MIA, ErasureRequester.BACK_OFFICE, " "))
                .isInstanceOf(InvalidText.class).hasMessage("reason is required");
        assertThatThrownBy(() -> PhoneNumber.of(Erased.TEXT)).hasMessageContaining("international number");
        assertThatThrownBy(() -> EmailAddress.of(Erased.TEXT)).hasMessage("is not a valid e-mail address");
        assertThat(new PhoneNumber(Erased.TEXT)).isEqualTo(PhoneNumber.ERASED);
    }
}
