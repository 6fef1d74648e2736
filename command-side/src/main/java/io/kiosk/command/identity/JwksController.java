package io.kiosk.command.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Map;

/** Publishes the public keys that verify access tokens, for the query side and any other verifier. */
@RestController
@Tag(name = "Identity")
class JwksController {

    private final PublicKeys publicKeys;

    JwksController(PublicKeys publicKeys) {
        this.publicKeys = publicKeys;
    }

    @GetMapping("/.well-known/jwks.json")
    @Operation(operationId = "getJsonWebKeySet", summary = "The JSON Web Key Set that verifies Kiosk's access tokens",
            description = "RFC 7517: `{\"keys\": [{\"kty\": \"RSA\", \"kid\": ..., \"n\": ..., \"e\": ...}]}`; cached for five minutes.",
            responses = @ApiResponse(responseCode = "200", description = "The key set", content = @Content(mediaType = "application/json",
                    schema = @Schema(type = "object", description = "an RFC 7517 JSON Web Key Set"))))
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5))).body(publicKeys.jwks());
    }
}
