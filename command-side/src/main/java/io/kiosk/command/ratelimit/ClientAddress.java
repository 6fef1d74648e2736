package io.kiosk.command.ratelimit;

import java.util.Objects;

/**
 * Where a request comes from, as far as limits are concerned: an IPv4 address, or the /64 network of an IPv6
 * address (one household's or one server's share, which its owner can fill with addresses at will).
 */
public record ClientAddress(String value) {

    public ClientAddress {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
