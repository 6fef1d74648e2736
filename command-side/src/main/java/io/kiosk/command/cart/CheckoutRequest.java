package io.kiosk.command.cart;

import io.swagger.v3.oas.annotations.media.Schema;
import io.kiosk.api.customer.PaymentProvider;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The body of "check the cart out": where the goods go, whom to tell, how the customer will pay,
 * and the delivery region (a code of {@code kiosk.delivery.regions}) the estimate is worked out for.
 */
record CheckoutRequest(@NotNull(message = "is required") @Valid Address address,
                       @NotNull(message = "is required") @Valid ContactRequest contact,
                       @NotNull(message = "is required") PaymentProvider paymentMethod,
                       @NotBlank(message = "is required") String region) {

    /** A delivery address, as {@link io.kiosk.api.customer.DeliveryAddress} checks it. */
    @Schema(name = "CheckoutAddress")
    record Address(String recipient, String phone, String line1, String line2, String city, String region,
                   String postalCode, String country) {
    }

    /** Whom Kiosk tells about the order. */
    @Schema(name = "CheckoutContact")
    record ContactRequest(@NotBlank(message = "is required") String name,
                          @NotBlank(message = "is required") String phone,
                          @NotBlank(message = "is required") String email) {
    }
}
