package io.kiosk.command.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Who sent a request: the address of the connection, unless that is one of the configured trusted proxies
 * ({@code kiosk.rate-limits.trusted-proxies}), which say in {@code X-Forwarded-For} whom they forward for. Read from
 * the right, the first address that is not a trusted proxy is the client's: whatever a client writes into the header
 * itself stands to the left of what our proxies appended, so it is never believed. Without trusted proxies the
 * header is ignored.
 */
@Component
public class ClientAddresses {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final List<AddressRange> trustedProxies;

    ClientAddresses(RateLimitProperties settings) {
        this.trustedProxies = settings.trustedProxies().stream().filter(range -> !range.isBlank())
                .map(AddressRange::parse).toList();
    }

    public ClientAddress of(HttpServletRequest request) {
        Optional<InetAddress> peer = AddressRange.literal(request.getRemoteAddr());
        if (peer.isEmpty()) {
            return new ClientAddress(request.getRemoteAddr());
        }
        InetAddress client = peer.get();
        if (trusted(client)) {
            List<String> hops = forwardedFor(request);
            for (int hop = hops.size() - 1; hop >= 0; hop--) {
                Optional<InetAddress> forwarded = AddressRange.literal(hops.get(hop));
                if (forwarded.isEmpty()) {
                    break;
                }
                client = forwarded.get();
                if (!trusted(client)) {
                    break;
                }
            }
        }
        return limitedAs(client);
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    private static List<String> forwardedFor(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders(FORWARDED_FOR))) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        return hops;
    }

    /** An IPv4 address as it is; an IPv6 address as its /64 network, which one holder fills at will. */
    private static ClientAddress limitedAs(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] network = address.getAddress();
            for (int i = 8; i < 16; i++) {
                network[i] = 0;
            }
            try {
                return new ClientAddress(InetAddress.getByAddress(network).getHostAddress() + "/64");
            } catch (java.net.UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return new ClientAddress(address.getHostAddress());
    }
}
