package io.kiosk.command.identity;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.Language;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.customer.RegisterCustomer;
import io.kiosk.api.text.FreeText;
import io.kiosk.command.ratelimit.ClientAddresses;
import io.kiosk.command.ratelimit.LimitedAction;
import io.kiosk.command.ratelimit.RateLimits;
import io.kiosk.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

import static io.kiosk.command.problems.InvalidField.parse;

/**
 * Registration, verification, login, tokens and passwords. What anyone may ask without logging in is rate limited
 * per e-mail address and per client ({@link RateLimits}); failed logins and wrong current passwords are throttled
 * by {@link LoginThrottle}.
 */
@RestController
@Tag(name = "Identity")
class IdentityController {

    private static final String THROTTLED = "`too-many-registrations`, `too-many-verification-mails`, "
            + "`too-many-password-resets`: too many requests for this e-mail address or from this client; `Retry-After` "
            + "says when to try again";

    private final Registration registration;
    private final Login login;
    private final Tokens tokens;
    private final PasswordManagement passwords;
    private final StaffAccounts staff;
    private final RateLimits limits;
    private final ClientAddresses clients;

    IdentityController(Registration registration, Login login, Tokens tokens, PasswordManagement passwords,
                       StaffAccounts staff, RateLimits limits, ClientAddresses clients) {
        this.registration = registration;
        this.login = login;
        this.tokens = tokens;
        this.passwords = passwords;
        this.staff = staff;
        this.limits = limits;
        this.clients = clients;
    }

    @PostMapping("/api/customers/registrations")
    @Operation(operationId = "registerCustomer", summary = "Register as a customer; a verification code is mailed, in the "
            + "language chosen (zh-CN, the default, or en)",
            description = "The answer is the same whether or not the address already has an account, and so is the time it "
                    + "takes: the mail is sent after the answer.", responses = {
            @ApiResponse(responseCode = "202", description = "Accepted: the next step is in the mail", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "429", description = THROTTLED)})
    ResponseEntity<CheckYourMail> register(@Valid @RequestBody IdentityRequests.Registration request,
                                           HttpServletRequest http) {
        EmailAddress email = parse("email", () -> EmailAddress.of(request.email()));
        PhoneNumber phone = parse("phone", () -> PhoneNumber.of(request.phone()));
        Language language = request.language() == null ? Language.DEFAULT : parse("language", () -> Language.of(request.language()));
        String name = parse("name", () -> FreeText.required("name", request.name(), RegisterCustomer.MAX_NAME));
        limits.charge(LimitedAction.REGISTRATION, email, clients.of(http));
        registration.register(email, name, phone, request.password(), language);
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
    @Operation(operationId = "resendVerification", summary = "Mail a new verification code", responses = {
            @ApiResponse(responseCode = "202", description = "Accepted: the next step is in the mail", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "429", description = THROTTLED)})
    ResponseEntity<CheckYourMail> resendVerification(@Valid @RequestBody IdentityRequests.EmailOnly request,
                                                     HttpServletRequest http) {
        EmailAddress email = parse("email", () -> EmailAddress.of(request.email()));
        limits.charge(LimitedAction.VERIFICATION_RESEND, email, clients.of(http));
        registration.resendVerification(email);
        return ResponseEntity.accepted().body(CheckYourMail.SENT);
    }

    @PostMapping("/api/auth/login")
    @Operation(operationId = "logIn", summary = "Log in with e-mail and password: an access token and a refresh token", responses = {
            @ApiResponse(responseCode = "200", description = "Logged in", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "401", description = "`invalid-credentials`: no such account, or the wrong password"),
            @ApiResponse(responseCode = "403", description = "`email-not-verified`: confirm the address first"),
            @ApiResponse(responseCode = "429", description = "`login-locked`: too many failed logins for this address in a row; "
                    + "`too-many-failed-logins`: too many from this client, whatever the addresses; `Retry-After` says "
                    + "when to try again")})
    TokenPair login(@Valid @RequestBody IdentityRequests.Credentials request, HttpServletRequest http) {
        return login.login(parse("email", () -> EmailAddress.of(request.email())), request.password(), clients.of(http));
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
            @ApiResponse(responseCode = "422", description = "`wrong-password`: the current password is wrong (counted like a "
                    + "failed login)"),
            @ApiResponse(responseCode = "429", description = "`login-locked`, `too-many-failed-logins`: too many wrong "
                    + "passwords, as for logins; `Retry-After` says when to try again")})
    ResponseEntity<Void> changePassword(@Valid @RequestBody IdentityRequests.PasswordChange request, HttpServletRequest http) {
        passwords.change(Caller.current().accountId(), request.currentPassword(), request.newPassword(), clients.of(http));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/auth/password-reset")
    @Operation(operationId = "requestPasswordReset", summary = "Mail a password reset code",
            description = "The answer is the same whether or not the address has an account, and so is the time it takes: "
                    + "the mail is sent after the answer.", responses = {
            @ApiResponse(responseCode = "202", description = "Accepted: the next step is in the mail", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "429", description = THROTTLED)})
    ResponseEntity<CheckYourMail> requestReset(@Valid @RequestBody IdentityRequests.EmailOnly request, HttpServletRequest http) {
        EmailAddress email = parse("email", () -> EmailAddress.of(request.email()));
        limits.charge(LimitedAction.PASSWORD_RESET, email, clients.of(http));
        passwords.requestReset(email);
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
        CustomerId accountId = staff.create(parse("email", () -> EmailAddress.of(request.email())),
                request.password(), request.role());
        return ResponseEntity.created(URI.create("/api/admin/accounts/" + accountId)).body(new StaffAccountCreated(accountId));
    }
}
