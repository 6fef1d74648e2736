package io.kiosk.command.identity;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.Language;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;

import static io.kiosk.command.problems.InvalidField.parse;

/** Registration, verification, login, tokens and passwords. */
@RestController
@Tag(name = "Identity")
class IdentityController {

    private static final Map<String, String> CHECK_YOUR_MAIL =
            Map.of("message", "if the address can be used, a mail with the next step is on its way");

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
    @Operation(summary = "Register as a customer (anyone); a verification code is mailed, in the language chosen "
            + "(zh-CN, the default, or en)")
    ResponseEntity<Map<String, String>> register(@Valid @RequestBody IdentityRequests.Registration request) {
        EmailAddress email = parse("email", () -> new EmailAddress(request.email()));
        PhoneNumber phone = parse("phone", () -> new PhoneNumber(request.phone()));
        Language language = request.language() == null ? Language.DEFAULT : parse("language", () -> Language.of(request.language()));
        registration.register(email, request.name().strip(), phone, request.password(), language);
        return ResponseEntity.accepted().body(CHECK_YOUR_MAIL);
    }

    @PostMapping("/api/customers/verification")
    @Operation(summary = "Confirm an e-mail address with the mailed code (anyone)")
    ResponseEntity<Void> verify(@Valid @RequestBody IdentityRequests.Verification request) {
        registration.verify(request.token());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/customers/verification/resend")
    @Operation(summary = "Mail a new verification code (anyone)")
    ResponseEntity<Map<String, String>> resendVerification(@Valid @RequestBody IdentityRequests.EmailOnly request) {
        registration.resendVerification(parse("email", () -> new EmailAddress(request.email())));
        return ResponseEntity.accepted().body(CHECK_YOUR_MAIL);
    }

    @PostMapping("/api/auth/login")
    @Operation(summary = "Log in with e-mail and password (anyone): access and refresh token")
    TokenPair login(@Valid @RequestBody IdentityRequests.Credentials request) {
        return login.login(parse("email", () -> new EmailAddress(request.email())), request.password());
    }

    @PostMapping("/api/auth/refresh")
    @Operation(summary = "Trade a refresh token for a new token pair (anyone holding one)")
    TokenPair refresh(@Valid @RequestBody IdentityRequests.RefreshToken request) {
        return tokens.refresh(request.refreshToken());
    }

    @PostMapping("/api/auth/logout")
    @Operation(summary = "End the login a refresh token belongs to (anyone holding one)")
    ResponseEntity<Void> logout(@Valid @RequestBody IdentityRequests.RefreshToken request) {
        tokens.revoke(request.refreshToken());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/auth/password")
    @Operation(summary = "Change your password (any logged-in account); logs out every device")
    ResponseEntity<Void> changePassword(@Valid @RequestBody IdentityRequests.PasswordChange request) {
        passwords.change(Caller.current().accountId(), request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/auth/password-reset")
    @Operation(summary = "Mail a password reset code (anyone)")
    ResponseEntity<Map<String, String>> requestReset(@Valid @RequestBody IdentityRequests.EmailOnly request) {
        passwords.requestReset(parse("email", () -> new EmailAddress(request.email())));
        return ResponseEntity.accepted().body(CHECK_YOUR_MAIL);
    }

    @PostMapping("/api/auth/password-reset/confirm")
    @Operation(summary = "Choose a new password with the mailed code (anyone)")
    ResponseEntity<Void> confirmReset(@Valid @RequestBody IdentityRequests.PasswordReset request) {
        passwords.confirmReset(request.token(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/accounts")
    @Operation(summary = "Create a back-office, analyst or admin account (admins)")
    ResponseEntity<Map<String, CustomerId>> createStaff(@Valid @RequestBody IdentityRequests.StaffAccount request) {
        CustomerId accountId = staff.create(parse("email", () -> new EmailAddress(request.email())),
                request.password(), request.role());
        return ResponseEntity.created(URI.create("/api/admin/accounts/" + accountId)).body(Map.of("accountId", accountId));
    }
}
