package io.kiosk.command.payment;

import io.kiosk.command.SandboxHttpTest;
import io.kiosk.command.TestCheckout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;

/**
 * A notification anyone can send, with a line break in a value Kiosk logs, cannot add a line of its own to the
 * log: the application's console log writes CR and LF inside a message as {@code \r} and {@code \n}.
 */
@ExtendWith(OutputCaptureExtension.class)
class ForgedLogLineHttpTest extends SandboxHttpTest {

    private static final String FORGED = "2026-12-07T04:00:00.000Z ERROR 1 --- [kiosk-command-side] [main] "
            + "io.kiosk.command.identity.Login : administrator password reset by forged-notification";

    @Test
    void a_forged_notification_with_a_line_break_in_its_id_stays_on_one_log_line(CapturedOutput output) {
        String form = "notify_id=" + URLEncoder.encode("n-1\r\n" + FORGED, StandardCharsets.UTF_8)
                + "&app_id=kiosk&out_trade_no=x&trade_status=TRADE_SUCCESS&sign_type=RSA2&sign=Zm9yZ2Vk";

        ProviderCallbacks.Answer answer = new ProviderCallbacks(port)
                .post("/api/payments/alipay/notifications", "application/x-www-form-urlencoded", form, Map.of());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(output.getOut()).contains("alipay notification refused: signature does not verify (notify_id n-1\\r\\n"
                + FORGED + ")");
        assertThat(output.getOut().lines()).noneMatch(line -> line.startsWith(FORGED));
    }

    @Test
    void a_line_break_in_a_value_a_client_sends_stays_on_one_log_line_too(CapturedOutput output) {
        String region = "SH\n" + FORGED;

        assertThat(newCustomer().send(POST, "/api/carts/" + UUID.randomUUID() + "/checkout",
                TestCheckout.body("ALIPAY", region.replace("\n", "\\n"))).status()).isEqualTo(400);

        assertThat(output.getOut()).contains("SH\\n" + FORGED);
        assertThat(output.getOut().lines()).noneMatch(line -> line.startsWith(FORGED));
    }
}
