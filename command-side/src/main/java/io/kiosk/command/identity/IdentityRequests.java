package io.kiosk.command.identity;

import io.kiosk.api.customer.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of identity's requests. */
final class IdentityRequests {

    private IdentityRequests() {
    }

    /** {@code language} ({@code zh-CN} or {@code en}) is optional: who leaves it out reads Kiosk in Chinese. */
    @Schema(name = "RegistrationRequest")
    record Registration(@NotBlank(message = "is required") String email,
                        @NotBlank(message = "is required") @Size(max = 100, message = "must have at most {max} characters") String name,
                        @NotBlank(message = "is required") String phone,
                        @NotBlank(message = "is required") String password,
                        @Schema(description = "the language Kiosk reads in and its mails are written in; zh-CN when left out",
                                allowableValues = {"zh-CN", "en"}, example = "en") String language) {
    }

    @Schema(name = "VerificationRequest")
    record Verification(@NotBlank(message = "is required") @Size(max = 100, message = "is not a valid code") String token) {
    }

    @Schema(name = "EmailRequest")
    record EmailOnly(@NotBlank(message = "is required") String email) {
    }

    @Schema(name = "Credentials")
    record Credentials(@NotBlank(message = "is required") String email,
                       @NotBlank(message = "is required") @Size(max = Passwords.MAX_LENGTH, message = "is too long") String password) {
    }

    @Schema(name = "RefreshTokenRequest")
    record RefreshToken(@NotBlank(message = "is required") @Size(max = 100, message = "is not a valid token") String refreshToken) {
    }

    @Schema(name = "PasswordChangeRequest")
    record PasswordChange(@NotBlank(message = "is required") @Size(max = Passwords.MAX_LENGTH, message = "is too long") String currentPassword,
                          @NotBlank(message = "is required") String newPassword) {
    }

    @Schema(name = "NewPasswordRequest")
    record PasswordReset(@NotBlank(message = "is required") @Size(max = 100, message = "is not a valid code") String token,
                         @NotBlank(message = "is required") String newPassword) {
    }

    @Schema(name = "StaffAccountRequest")
    record StaffAccount(@NotBlank(message = "is required") String email,
                        @NotBlank(message = "is required") String password,
                        @NotNull(message = "is required") Role role) {
    }
}
