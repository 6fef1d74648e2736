package io.kiosk.command.ratelimit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whose request it is: the connection's address, or what a trusted proxy says in {@code X-Forwarded-For}. */
class ClientAddressesTest {

    private static ClientAddresses trusting(String... proxies) {
        return new ClientAddresses(new RateLimitProperties(List.of(proxies), null, null, null, null));
    }

    private static MockHttpServletRequest from(String peer, String... forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        for (String header : forwardedFor) {
            request.addHeader("X-Forwarded-For", header);
        }
        return request;
    }

    @Test
    void without_trusted_proxies_the_header_is_never_believed() {
        assertThat(trusting().of(from("198.51.100.7", "1.2.3.4"))).isEqualTo(new ClientAddress("198.51.100.7"));
    }

    @Test
    void a_header_from_a_peer_that_is_not_a_trusted_proxy_is_ignored() {
        assertThat(trusting("10.0.0.0/8").of(from("198.51.100.7", "1.2.3.4"))).isEqualTo(new ClientAddress("198.51.100.7"));
    }

    @Test
    void behind_trusted_proxies_the_client_is_the_first_untrusted_address_from_the_right() {
        ClientAddresses clients = trusting("10.0.0.0/8", "192.168.1.1");

        assertThat(clients.of(from("10.1.2.3", "6.6.6.6, 198.51.100.7, 192.168.1.1")))
                .as("what the client wrote itself (6.6.6.6) stands left of its real address").isEqualTo(new ClientAddress("198.51.100.7"));
        assertThat(clients.of(from("10.1.2.3", "6.6.6.6", "198.51.100.7"))).as("several headers are one list")
                .isEqualTo(new ClientAddress("198.51.100.7"));
    }

    @Test
    void garbage_in_the_header_stops_the_walk_at_the_last_address_a_trusted_proxy_vouched_for() {
        ClientAddresses clients = trusting("10.0.0.0/8");

        assertThat(clients.of(from("10.1.2.3", "198.51.100.7, localhost, 10.9.9.9"))).isEqualTo(new ClientAddress("10.9.9.9"));
        assertThat(clients.of(from("10.1.2.3", "300.1.1.1"))).isEqualTo(new ClientAddress("10.1.2.3"));
        assertThat(clients.of(from("10.1.2.3"))).as("no header").isEqualTo(new ClientAddress("10.1.2.3"));
    }

    @Test
    void an_ipv6_client_is_limited_by_its_64_bit_network() {
        ClientAddresses clients = trusting("::1");

        assertThat(clients.of(from("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))).isEqualTo(new ClientAddress("2001:db8:1:2:0:0:0:0/64"));
        assertThat(clients.of(from("0:0:0:0:0:0:0:1", "2001:db8:1:2::9"))).isEqualTo(new ClientAddress("2001:db8:1:2:0:0:0:0/64"));
    }

    @Test
    void a_trusted_proxy_that_is_not_an_address_fails_the_start() {
        assertThatThrownBy(() -> trusting("proxy.internal")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> trusting("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }
}
