package io.kiosk.command.mail;

import io.kiosk.api.order.OrderId;
import io.kiosk.api.refund.RefundId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The web app's routes the mails link to, under the configured address. */
class WebPagesTest {

    @Test
    void every_link_opens_a_page_of_the_web_app() {
        WebPages web = new WebPages("https://shop.example.com/kiosk/");
        OrderId order = OrderId.random();
        RefundId refund = RefundId.random();

        assertThat(web.verifyEmail("c0de_-x")).isEqualTo("https://shop.example.com/kiosk/account/verify?token=c0de_-x");
        assertThat(web.resetPassword("r3set")).isEqualTo("https://shop.example.com/kiosk/account/reset-password?token=r3set");
        assertThat(web.forgotPassword()).isEqualTo("https://shop.example.com/kiosk/account/forgot-password");
        assertThat(web.order(order)).isEqualTo("https://shop.example.com/kiosk/orders/" + order);
        assertThat(web.refund(refund)).isEqualTo("https://shop.example.com/kiosk/refunds/" + refund);
    }

    @Test
    void a_code_is_written_into_the_link_safely() {
        assertThat(new WebPages("http://localhost:8082").verifyEmail("a+b/c=&d")).endsWith("?token=a%2Bb%2Fc%3D%26d");
    }

    @Test
    void an_address_that_is_no_web_address_is_refused_at_start() {
        assertThatThrownBy(() -> new WebPages("localhost:8082")).hasMessageContaining("KIOSK_WEB_URL");
        assertThatThrownBy(() -> new WebPages("/shop")).hasMessageContaining("KIOSK_WEB_URL");
        assertThatThrownBy(() -> new WebPages("ftp://shop.example.com")).hasMessageContaining("KIOSK_WEB_URL");
    }
}
