package io.kiosk.command.ratelimit;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** An IP address or a CIDR range of them ({@code 10.0.0.0/8}, {@code fd00::/8}, {@code 127.0.0.1}). */
final class AddressRange {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("(?=.*:)[0-9a-fA-F:][0-9a-fA-F:.]*");

    private final byte[] network;
    private final int prefix;

    private AddressRange(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /** A range as configured; anything else is a mistake of the configuration, and fails the start. */
    static AddressRange parse(String text) {
        String[] parts = text.strip().split("/", 2);
        InetAddress address = literal(parts[0]).orElseThrow(() ->
                new IllegalArgumentException("'" + text + "' is not an IP address or CIDR range"));
        int bits = address.getAddress().length * 8;
        int prefix = parts.length == 1 ? bits : Integer.parseInt(parts[1]);
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("'" + text + "' has a prefix outside 0.." + bits);
        }
        return new AddressRange(address.getAddress(), prefix);
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        if (!Arrays.equals(candidate, 0, whole, network, 0, whole)) {
            return false;
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (candidate[whole] & mask) == (network[whole] & mask);
    }

    /**
     * The address an IP literal names, or empty for anything else (a host name, a port, garbage). Never asks DNS:
     * an IPv4 address is read here, an IPv6 one (it has a colon and starts
     * with a digit or a colon) is read by the JDK without a lookup.
     */
    static Optional<InetAddress> literal(String text) {
        String candidate = text.strip();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        try {
            if (IPV4.matcher(candidate).matches()) {
                String[] octets = candidate.split("\\.");
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int octet = Integer.parseInt(octets[i]);
                    if (octet > 255) {
                        return Optional.empty();
                    }
                    bytes[i] = (byte) octet;
                }
                return Optional.of(Inet4Address.getByAddress(bytes));
            }
            if (IPV6.matcher(candidate).matches()) {
                InetAddress address = InetAddress.getByName(candidate);
                return address instanceof Inet6Address || address instanceof Inet4Address ? Optional.of(address) : Optional.empty();
            }
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
