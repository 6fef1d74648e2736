package io.kiosk.command.identity;

import java.util.Map;

/** The JSON Web Key Set of the keys that verify Kiosk's access tokens (public halves only). */
record PublicKeys(Map<String, Object> jwks) {
}
