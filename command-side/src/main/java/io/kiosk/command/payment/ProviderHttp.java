package io.kiosk.command.payment;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * How Kiosk calls a provider's API: its own client per provider, no redirects followed, and timeouts of its own
 * ({@code kiosk.payments.calls.connect-timeout}, {@code .read-timeout}): a provider that has not answered by then is
 * treated as unavailable, and the {@link ProviderAdapter} tries again after a pause. No call is ever made inside a
 * command's transaction.
 */
public final class ProviderHttp {

    /** How long a connection, and then an answer, may take. */
    public record Timeouts(Duration connect, Duration read) {

        /** What Kiosk waits when nothing is configured: a provider's API answers in well under a second when it is well. */
        public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));

        public Timeouts {
            Objects.requireNonNull(connect, "a connect timeout is required");
            Objects.requireNonNull(read, "a read timeout is required");
            if (connect.isNegative() || connect.isZero() || read.isNegative() || read.isZero()) {
                throw new IllegalArgumentException("provider timeouts must be positive");
            }
        }
    }

    private ProviderHttp() {
    }

    public static RestClient client(URI baseUrl, Timeouts timeouts) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(timeouts.connect())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(timeouts.read());
        return RestClient.builder().baseUrl(baseUrl.toString()).requestFactory(requests).build();
    }
}
