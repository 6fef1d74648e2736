package io.kiosk.web.checkout;

import io.kiosk.client.command.model.CheckoutAddress;
import io.kiosk.client.command.model.CheckoutContact;
import io.kiosk.client.command.model.CheckoutRequest;
import io.kiosk.client.command.model.PaymentProvider;
import io.kiosk.client.query.model.CustomerProfileAddress;
import io.kiosk.client.query.model.DeliveryAddress;
import io.kiosk.web.account.AddressForm;
import org.springframework.validation.BindingResult;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the checkout form must have before the command API is asked: every field a person can forget, each said at its
 * field in the page's language. Whether a phone number or an e-mail address is valid, whether Kiosk delivers to the
 * region and the rest is the API's to judge; its refusals come back at their fields too.
 */
final class CheckoutChecks {

    /** The message code of an empty field: {@code checkout.required}, or a longer one naming the field. */
    static final String REQUIRED = "checkout.required";

    private static final Map<String, Function<AddressForm, String>> ADDRESS_FIELDS = Map.of(
            "recipient", AddressForm::getRecipient, "phone", AddressForm::getPhone, "line1", AddressForm::getLine1,
            "city", AddressForm::getCity, "region", AddressForm::getRegion, "postalCode", AddressForm::getPostalCode,
            "country", AddressForm::getCountry);

    private CheckoutChecks() {
    }

    /** Records every missing field of {@code form} on {@code result}; {@code savedChosen}: a saved address was chosen. */
    static void check(CheckoutForm form, boolean savedChosen, BindingResult result) {
        if (!form.newAddress() && !savedChosen) {
            result.rejectValue("savedAddress", "checkout.address-gone");
        }
        if (form.newAddress()) {
            ADDRESS_FIELDS.forEach((field, value) -> {
                if (value.apply(form.getAddress()).isBlank()) {
                    result.rejectValue("address." + field, REQUIRED);
                }
            });
        }
        if (form.getContact().getName().isBlank()) {
            result.rejectValue("contact.name", REQUIRED);
        }
        if (form.getContact().getPhone().isBlank()) {
            result.rejectValue("contact.phone", REQUIRED);
        }
        if (form.getContact().getEmail().isBlank()) {
            result.rejectValue("contact.email", REQUIRED);
        }
        if (form.getRegion().isBlank()) {
            result.rejectValue("region", REQUIRED);
        }
        if (method(form).isEmpty()) {
            result.rejectValue("paymentMethod", REQUIRED);
        }
    }

    /** The command API's checkout request for a checked form: the saved address chosen, or the new one typed in. */
    static CheckoutRequest request(CheckoutForm form, Optional<CustomerProfileAddress> saved) {
        CheckoutAddress address = saved.map(CustomerProfileAddress::getAddress).map(CheckoutChecks::address)
                .orElseGet(() -> address(form.getAddress()));
        return new CheckoutRequest().address(address)
                .contact(new CheckoutContact().name(form.getContact().getName()).phone(form.getContact().getPhone())
                        .email(form.getContact().getEmail()))
                .region(form.getRegion())
                .paymentMethod(method(form).orElseThrow());
    }

    private static Optional<PaymentProvider> method(CheckoutForm form) {
        return Arrays.stream(PaymentProvider.values()).filter(method -> method.getValue().equals(form.getPaymentMethod()))
                .findFirst();
    }

    private static CheckoutAddress address(DeliveryAddress saved) {
        return new CheckoutAddress().recipient(saved.getRecipient()).phone(saved.getPhone()).line1(saved.getLine1())
                .line2(saved.getLine2()).city(saved.getCity()).region(saved.getRegion()).postalCode(saved.getPostalCode())
                .country(saved.getCountry());
    }

    private static CheckoutAddress address(AddressForm typed) {
        return new CheckoutAddress().recipient(typed.getRecipient()).phone(typed.getPhone()).line1(typed.getLine1())
                .line2(typed.getLine2().isBlank() ? null : typed.getLine2()).city(typed.getCity()).region(typed.getRegion())
                .postalCode(typed.getPostalCode()).country(typed.getCountry());
    }
}
