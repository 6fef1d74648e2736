package io.kiosk.command.identity;

/** What a successful login or refresh answers (OAuth 2 token response shape). */
record TokenPair(String accessToken, String tokenType, long expiresIn, String refreshToken) {
}
