package io.kiosk.command.customer;

import io.kiosk.api.customer.AddDeliveryAddress;
import io.kiosk.api.customer.ChangeCustomerProfile;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.Language;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.customer.RegisterCustomer;
import io.kiosk.api.customer.RemoveDeliveryAddress;
import io.kiosk.api.customer.RemovePaymentMethod;
import io.kiosk.api.customer.SavePaymentMethod;
import io.kiosk.api.customer.SavedPaymentMethod;
import io.kiosk.api.text.FreeText;
import io.kiosk.command.problems.InvalidField;
import io.kiosk.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

import static io.kiosk.command.problems.InvalidField.parse;

/** A customer keeps their own profile: name, phone and language, delivery addresses, saved payment methods. */
@RestController
@RequestMapping("/api/customers/me")
@Tag(name = "Customers")
class CustomerController {

    private final CommandGateway commands;

    CustomerController(CommandGateway commands) {
        this.commands = commands;
    }

    /** What to change; a field left out stays as it is. */
    @Schema(name = "ProfileChangeRequest")
    record ProfileChange(String name, String phone,
                         @Schema(description = "the language Kiosk reads in and its mails are written in",
                                 allowableValues = {"zh-CN", "en"}, example = "en") String language) {
    }

    @Schema(name = "AddressRequest")
    record AddressRequest(String recipient, String phone, String line1, String line2, String city, String region,
                          String postalCode, String country) {
    }

    @Schema(name = "PaymentMethodRequest")
    record PaymentMethodRequest(@NotNull(message = "is required") PaymentProvider provider,
                                @NotBlank(message = "is required") String providerToken,
                                @NotBlank(message = "is required") String label) {
    }

    private static CustomerId me() {
        return Caller.current().accountId();
    }

    @PatchMapping
    @Operation(operationId = "changeProfile", summary = "Change your name, phone number or language (zh-CN or en: what "
            + "Kiosk's mails to you are written in); what you leave out stays", responses = {
            @ApiResponse(responseCode = "204", description = "Changed"),
            @ApiResponse(responseCode = "422", description = "`invalid-name`")})
    ResponseEntity<Void> changeProfile(@RequestBody ProfileChange change) {
        if (change.name() == null && change.phone() == null && change.language() == null) {
            throw new InvalidField("name", "give at least one of name, phone and language to change");
        }
        String name = change.name() == null ? null : parse("name", () -> FreeText.required("name", change.name(), RegisterCustomer.MAX_NAME));
        commands.sendAndWait(new ChangeCustomerProfile(me(), name,
                change.phone() == null ? null : parse("phone", () -> PhoneNumber.of(change.phone())),
                change.language() == null ? null : parse("language", () -> Language.of(change.language()))));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/addresses")
    @Operation(operationId = "addDeliveryAddress", summary = "Keep a delivery address", responses = {
            @ApiResponse(responseCode = "201", description = "Kept; `Location` names it", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "422", description = "`too-many-addresses`")})
    ResponseEntity<AddressKept> addAddress(@RequestBody AddressRequest request) {
        UUID addressId = UUID.randomUUID();
        DeliveryAddress address = InvalidField.parseFields("address", () -> new DeliveryAddress(request.recipient(),
                parse("phone", () -> PhoneNumber.of(request.phone() == null ? "" : request.phone())),
                request.line1(), request.line2(), request.city(), request.region(), request.postalCode(), request.country()));
        commands.sendAndWait(new AddDeliveryAddress(me(), addressId, address));
        return ResponseEntity.created(URI.create("/api/customers/me/addresses/" + addressId)).body(new AddressKept(addressId));
    }

    @DeleteMapping("/addresses/{addressId}")
    @Operation(operationId = "removeDeliveryAddress", summary = "Forget a delivery address", responses = {
            @ApiResponse(responseCode = "204", description = "Forgotten"),
            @ApiResponse(responseCode = "404", description = "`address-not-found`")})
    ResponseEntity<Void> removeAddress(@PathVariable UUID addressId) {
        commands.sendAndWait(new RemoveDeliveryAddress(me(), addressId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/payment-methods")
    @Operation(operationId = "savePaymentMethod", summary = "Keep a payment method as the provider's token, never a card number",
            responses = {
                    @ApiResponse(responseCode = "201", description = "Kept; `Location` names it", useReturnTypeSchema = true),
                    @ApiResponse(responseCode = "409", description = "`payment-method-exists`"),
                    @ApiResponse(responseCode = "422", description = "`too-many-payment-methods`")})
    ResponseEntity<PaymentMethodKept> savePaymentMethod(@Valid @RequestBody PaymentMethodRequest request) {
        UUID paymentMethodId = UUID.randomUUID();
        SavedPaymentMethod method = InvalidField.parseFields("providerToken",
                () -> new SavedPaymentMethod(request.provider(), request.providerToken(), request.label()));
        commands.sendAndWait(new SavePaymentMethod(me(), paymentMethodId, method));
        return ResponseEntity.created(URI.create("/api/customers/me/payment-methods/" + paymentMethodId))
                .body(new PaymentMethodKept(paymentMethodId));
    }

    @DeleteMapping("/payment-methods/{paymentMethodId}")
    @Operation(operationId = "removePaymentMethod", summary = "Forget a saved payment method", responses = {
            @ApiResponse(responseCode = "204", description = "Forgotten"),
            @ApiResponse(responseCode = "404", description = "`payment-method-not-found`")})
    ResponseEntity<Void> removePaymentMethod(@PathVariable UUID paymentMethodId) {
        commands.sendAndWait(new RemovePaymentMethod(me(), paymentMethodId));
        return ResponseEntity.noContent().build();
    }
}
