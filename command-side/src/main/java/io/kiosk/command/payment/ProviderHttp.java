package io.kiosk.command.payment;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/** How Kiosk calls a provider's API: its own client per provider, short timeouts, no redirects followed. */
public final class ProviderHttp {

    /** A provider that has not answered by then is treated as unavailable; the payment fails, the order may retry. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private ProviderHttp() {
    }

    public static RestClient client(URI baseUrl) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(TIMEOUT);
        return RestClient.builder().baseUrl(baseUrl.toString()).requestFactory(requests).build();
    }
}
