package io.kiosk.security.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRequestBody the largest request body either application reads (1 MiB unless configured): the largest
 *                       real one, a product definition with every option, is a few tens of kilobytes
 */
@ConfigurationProperties("kiosk.http")
public record HttpLimits(DataSize maxRequestBody) {

    /** 1 MiB: Spring counts a megabyte as 1024 kilobytes. */
    public static final DataSize DEFAULT_MAX_REQUEST_BODY = DataSize.ofMegabytes(1);

    public HttpLimits {
        maxRequestBody = maxRequestBody == null ? DEFAULT_MAX_REQUEST_BODY : maxRequestBody;
        if (maxRequestBody.toBytes() < 1) {
            throw new IllegalArgumentException("kiosk.http.max-request-body must be at least one byte");
        }
    }
}
