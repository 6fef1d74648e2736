package io.kiosk.command.idempotency;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The idempotency filter holds a body in memory only for an {@link Idempotent} method, which needs it whole to
 * fingerprint it; a request to any other endpoint streams its body through as it came, whatever headers it carries.
 */
class BufferedRequestTest {

    private static final byte[] BODY = "{\"name\":\"Mia Chen\"}".getBytes(StandardCharsets.UTF_8);

    /** A request that counts the bytes read from its body. */
    private static final class Counted extends HttpServletRequestWrapper {

        final AtomicInteger read = new AtomicInteger();
        private final ByteArrayInputStream body = new ByteArrayInputStream(BODY);

        Counted() {
            super(withKey());
        }

        private static HttpServletRequest withKey() {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/customers/registrations");
            request.addHeader(Idempotent.HEADER, "key-1");
            return request;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public int read() {
                    int next = body.read();
                    if (next >= 0) {
                        read.incrementAndGet();
                    }
                    return next;
                }

                @Override
                public boolean isFinished() {
                    return body.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                }
            };
        }
    }

    @Test
    void a_request_with_a_key_to_a_method_that_keeps_none_reaches_it_with_its_body_unread() throws Exception {
        Counted request = new Counted();
        AtomicInteger readBeforeTheMethod = new AtomicInteger(-1);
        byte[][] readByTheMethod = new byte[1][];

        new IdempotencyBuffering().doFilter(request, new MockHttpServletResponse(), (passed, response) -> {
            readBeforeTheMethod.set(request.read.get());
            readByTheMethod[0] = passed.getInputStream().readAllBytes();
        });

        assertThat(readBeforeTheMethod.get()).isZero();
        assertThat(readByTheMethod[0]).isEqualTo(BODY);
    }

    @Test
    void an_idempotent_method_reads_the_whole_body_up_front_and_then_again_as_it_came() throws Exception {
        Counted request = new Counted();
        BufferedRequest buffered = new BufferedRequest(request);

        assertThat(buffered.body()).isEqualTo(BODY);
        assertThat(request.read.get()).isEqualTo(BODY.length);
        assertThat(buffered.getInputStream().readAllBytes()).isEqualTo(BODY);
        assertThat(buffered.getContentLength()).isEqualTo(BODY.length);
    }
}
