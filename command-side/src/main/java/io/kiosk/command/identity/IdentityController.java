package io.kiosk.command.identity;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.Language;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

import static io.kiosk.command.problems.InvalidField.parse;

/** Registration, verification, login, tokens and passwords. */
@RestController
@Tag(name = "Identity")
class IdentityController {

    private final Registration registration;
    private final Login login;
    private final Tokens tokens;
    private final PasswordManagement passwords;
    private final StaffAccounts staff;

    IdentityController(Registration registration, Login login, Tokens tokens, PasswordManagement passwords,
                       StaffAccounts staff) {
        this.registration = registration;
        this.login = login;
        this.tokens = tokens;
        this.passwords = passwords;
        this.staff = staff;
    }

    @PostMapping("/api/customers/registrations")
    @Operation(operationId = "registerCustomer", summary = "Register as a customer; a verification code is mailed, in the "
            + "language chosen (zh-CN, the default, or en)",
            description = "The answer is the same whether or not the address already has an account.", responses =
            @ApiResponse(responseCode = "202", description = "Accepted: the next step is in the mail", useReturnTypeSchema = true))
    ResponseEntity<CheckYourMail> register(@Valid @RequestBody IdentityRequests.Registration request) {
        EmailAddress email = parse("email", () -> new EmailAddress(request.email()));
        PhoneNumber phone = parse("phone", () -> new PhoneNumber(request.phone()));
        Language language = request.language() == null ? Language.DEFAULT : parse("language", () -> Language.of(request.language()));
        registration.register(email, request.name().strip(), phone, request.password(), language);
        return ResponseEntity.accepted().body(CheckYourMail.SENT);
    }

    @PostMapping("/api/customers/verification")
    @Operation(operationId = "verifyEmail", summary = "Confirm an e-mail address with the mailed code", responses = {
            @ApiResponse(responseCode = "204", description = "Verified: the customer may log in"),
            @ApiResponse(responseCode = "422", description = "`invalid-token`: the code is wrong, used or expired")})
    ResponseEntity<Void> verify(@Valid @RequestBody IdentityRequests.Verification request) {
        registration.verify(request.token());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/customers/verification/resend")
    @Operation(operationId = "resendVerification", summary = "Mail a new verification code", responses =
            @ApiResponse(responseCode = "202", description = "Accepted: the next step is in the mail", useReturnTypeSchema = true))
    ResponseEntity<CheckYourMail> resendVerification(@Valid @RequestBody IdentityRequests.EmailOnly request) {
        registration.resendVerification(parse("email", () -> new EmailAddress(request.email())));
        return ResponseEntity.accepted().body(CheckYourMail.SENT);
    }

    @PostMapping("/api/auth/login")
    @Operation(operationId = "logIn", summary = "Log in with e-mail and password: an access token and a refresh token", responses = {
            @ApiResponse(responseCode = "200", description = "Logged in", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "401", description = "`invalid-credentials`: no such account, or the wrong password"),
            @ApiResponse(responseCode = "403", description = "`email-not-verified`: confirm the address first"),
            @ApiResponse(responseCode = "429", description = "`login-locked`: too many failed logins; try again later")})
    TokenPair login(@Valid @RequestBody IdentityRequests.Credentials request) {
        return login.login(parse("email", () -> new EmailAddress(request.email())), request.password());
    }

    @PostMapping("/api/auth/refresh")
    @Operation(operationId = "refreshTokens", summary = "Trade a refresh token for a new token pair (the old one is used up)",
            responses = {
                    @ApiResponse(responseCode = "200", description = "A new token pair", useReturnTypeSchema = true),
                    @ApiResponse(responseCode = "401", description = "`invalid-refresh-token`: unknown, used, revoked or expired")})
    TokenPair refresh(@Valid @RequestBody IdentityRequests.RefreshToken request) {
        return tokens.refresh(request.refreshToken());
    }

    @PostMapping("/api/auth/logout")
    @Operation(operationId = "logOut", summary = "End the login a refresh token belongs to", responses =
            @ApiResponse(responseCode = "204", description = "Logged out (also when the token was unknown)"))
    ResponseEntity<Void> logout(@Valid @RequestBody IdentityRequests.RefreshToken request) {
        tokens.revoke(request.refreshToken());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/auth/password")
    @Operation(operationId = "changePassword", summary = "Change your password; logs out every device", responses = {
            @ApiResponse(responseCode = "204", description = "Changed"),
            @ApiResponse(responseCode = "422", description = "`wrong-password`: the current password is wrong")})
    ResponseEntity<Void> changePassword(@Valid @RequestBody IdentityRequests.PasswordChange request) {
        passwords.change(Caller.current().accountId(), request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/auth/password-reset")
    @Operation(operationId = "requestPasswordReset", summary = "Mail a password reset code", responses =
            @ApiResponse(responseCode = "202", description = "Accepted: the next step is in the mail", useReturnTypeSchema = true))
    ResponseEntity<CheckYourMail> requestReset(@Valid @RequestBody IdentityRequests.EmailOnly request) {
        passwords.requestReset(parse("email", () -> new EmailAddress(request.email())));
        return ResponseEntity.accepted().body(CheckYourMail.SENT);
    }

    @PostMapping("/api/auth/password-reset/confirm")
    @Operation(operationId = "confirmPasswordReset", summary = "Choose a new password with the mailed code", responses = {
            @ApiResponse(responseCode = "204", description = "Changed; every device is logged out"),
            @ApiResponse(responseCode = "422", description = "`invalid-token`: the code is wrong, used or expired")})
    ResponseEntity<Void> confirmReset(@Valid @RequestBody IdentityRequests.PasswordReset request) {
        passwords.confirmReset(request.token(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/accounts")
    @Operation(operationId = "createStaffAccount", summary = "Create a back-office, analyst or admin account", responses = {
            @ApiResponse(responseCode = "201", description = "The new account", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "409", description = "`account-exists`: the address has an account"),
            @ApiResponse(responseCode = "422", description = "`not-a-staff-role`: customers register themselves")})
    ResponseEntity<StaffAccountCreated> createStaff(@Valid @RequestBody IdentityRequests.StaffAccount request) {
        CustomerId accountId = staff.create(parse("email", () -> new EmailAddress(request.email())),
                request.password(), request.role());
        return ResponseEntity.created(URI.create("/api/admin/accounts/" + accountId)).body(new StaffAccountCreated(accountId));
    }
}
