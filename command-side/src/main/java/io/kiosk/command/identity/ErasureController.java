package io.kiosk.command.identity;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.EraseCustomer;
import io.kiosk.api.customer.ErasureRequester;
import io.kiosk.command.ratelimit.ClientAddresses;
import io.kiosk.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static io.kiosk.command.problems.InvalidField.parse;

/**
 * Erasure (PIPL / GDPR): a customer deletes their account, or an administrator erases a customer. Their personal data
 * becomes unreadable in every event, read models show it as erased, and what was counted (orders, sales, refunds)
 * stays counted.
 */
@RestController
@Tag(name = "Identity")
class ErasureController {

    private static final String WHAT_HAPPENS = "Their key is deleted, so every name, phone number, e-mail address and "
            + "address of theirs in the events reads as \"[erased]\"; the account is deleted with its tokens (an access "
            + "token already handed out lasts until it expires, but nothing it sends is stored readable); read models "
            + "replace what they hold of them with \"[erased]\"; orders, payments and refunds stay, and so do the "
            + "analytics. It cannot be undone.";

    private final AccountErasure erasure;
    private final ClientAddresses clients;

    ErasureController(AccountErasure erasure, ClientAddresses clients) {
        this.erasure = erasure;
        this.clients = clients;
    }

    @Schema(name = "AccountDeletionRequest")
    record AccountDeletion(@NotBlank(message = "is required") @Size(max = Passwords.MAX_LENGTH, message = "is too long")
                           @Schema(description = "your password, to confirm that it is you") String password) {
    }

    @Schema(name = "CustomerErasureRequest")
    record CustomerErasure(@NotBlank(message = "is required")
                           @Schema(description = "why (a request of the customer, a legal ground): never who they are",
                                   example = "the customer asked for erasure by letter",
                                   maxLength = EraseCustomer.MAX_REASON) String reason) {
    }

    @DeleteMapping("/api/customers/me")
    @Operation(operationId = "deleteMyAccount", summary = "Delete your account and erase your personal data "
            + "(a customer, confirming with their password)", description = WHAT_HAPPENS, responses = {
            @ApiResponse(responseCode = "204", description = "Erased; you are logged out everywhere"),
            @ApiResponse(responseCode = "401", description = "`invalid-credentials`: the account no longer exists"),
            @ApiResponse(responseCode = "422", description = "`wrong-password`: the password is wrong (counted like a "
                    + "failed login)"),
            @ApiResponse(responseCode = "429", description = "`login-locked`, `too-many-failed-logins`: too many wrong "
                    + "passwords, as for logins; `Retry-After` says when to try again")})
    ResponseEntity<Void> deleteMyAccount(@Valid @RequestBody AccountDeletion request, HttpServletRequest http) {
        erasure.eraseOwn(Caller.current().accountId(), request.password(), clients.of(http));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/admin/customers/{customerId}")
    @Operation(operationId = "eraseCustomer", summary = "Erase a customer and their personal data (an administrator, "
            + "saying why)", description = WHAT_HAPPENS + " Erasing a customer already erased changes nothing.",
            responses = {
                    @ApiResponse(responseCode = "204", description = "Erased"),
                    @ApiResponse(responseCode = "400", description = "`invalid-request`: no reason, or one too long"),
                    @ApiResponse(responseCode = "404", description = "`not-found`: no customer has this id (staff "
                            + "accounts are not customers)")})
    ResponseEntity<Void> eraseCustomer(@PathVariable UUID customerId, @Valid @RequestBody CustomerErasure request) {
        erasure.eraseByBackOffice(parse("reason", () ->
                new EraseCustomer(new CustomerId(customerId), ErasureRequester.BACK_OFFICE, request.reason())));
        return ResponseEntity.noContent().build();
    }
}
