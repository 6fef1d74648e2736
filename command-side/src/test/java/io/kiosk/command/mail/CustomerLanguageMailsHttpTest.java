package io.kiosk.command.mail;

import io.kiosk.command.HttpClientForTests;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.SandboxHttpTest;
import io.kiosk.command.TestCheckout;
import io.kiosk.command.orderprocess.OrderJourney;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.kiosk.command.orderprocess.OrderJourney.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

/**
 * Customers are written to in their language, over the whole journey through HTTP and a real SMTP server: registered
 * in English or without a choice (Chinese), changing it in the profile, and every mail's link opening the web app
 * ({@code kiosk.web-url} of the tests: https://shop.kiosk.test) with the mailed code in it.
 */
class CustomerLanguageMailsHttpTest extends SandboxHttpTest {

    private static final String WEB = "https://shop.kiosk.test";
    private static final Pattern VERIFY_LINK = Pattern.compile(Pattern.quote(WEB) + "/account/verify\\?token=(\\S+)");
    private static final Pattern RESET_LINK = Pattern.compile(Pattern.quote(WEB) + "/account/reset-password\\?token=(\\S+)");
    private static final Pattern MAILED_CODE = Pattern.compile("\\n {4}(\\S+)\\n");

    private HttpClientForTests http;

    @BeforeEach
    void setUp() {
        http = anonymous();
    }

    private static String uniqueEmail() {
        return "shopper." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private Answer register(String email, String name, String language) {
        return http.send(POST, "/api/customers/registrations", """
                {"email":"%s","name":"%s","phone":"+86 138 0013 8000","password":"a long secret phrase"%s}"""
                .formatted(email, name, language == null ? "" : ",\"language\":\"" + language + "\""));
    }

    /** The text of the mail to {@code email} whose subject is {@code subject}, once it has arrived. */
    private static String mailTo(String email, String subject) {
        return mailsTo(email, subject, 1).get(0);
    }

    /** The texts of the mails to {@code email} whose subject is {@code subject}, oldest first, once {@code count} have arrived. */
    private static List<String> mailsTo(String email, String subject, int count) {
        List<String> texts = eventually(() -> Arrays.stream(mail.getReceivedMessagesForDomain(email))
                .filter(message -> subjectOf(message).equals(subject)).map(CustomerLanguageMailsHttpTest::textOf).toList(),
                arrived -> arrived.size() >= count);
        assertThat(texts).as("mails '%s' to %s", subject, email).hasSizeGreaterThanOrEqualTo(count);
        return texts;
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String textOf(MimeMessage message) {
        try {
            return message.getContent().toString().replace("\r\n", "\n");
        } catch (MessagingException | IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String group(Pattern pattern, String text) {
        Matcher found = pattern.matcher(text);
        assertThat(found.find()).as("%s in:%n%s", pattern, text).isTrue();
        return found.group(1);
    }

    /** Confirms the address with the token of the link in {@code verification} and logs in: a client of the customer. */
    private HttpClientForTests verifiedAndLoggedIn(String email, String verification) {
        String token = group(VERIFY_LINK, verification);
        assertThat(token).as("the link carries the code the mail shows").isEqualTo(group(MAILED_CODE, verification));
        assertThat(http.send(POST, "/api/customers/verification", "{\"token\":\"" + token + "\"}").status()).isEqualTo(204);
        Answer login = http.send(POST, "/api/auth/login", "{\"email\":\"%s\",\"password\":\"a long secret phrase\"}".formatted(email));
        assertThat(login.status()).isEqualTo(200);
        return http.as(login.text("accessToken"));
    }

    @Test
    void an_english_customer_gets_every_mail_in_english_linking_to_the_web_app() {
        String email = uniqueEmail();
        assertThat(register(email, "Noah Smith", "en").status()).isEqualTo(202);

        String verification = mailTo(email, "Kiosk: confirm your e-mail address");
        assertThat(verification).startsWith("Hello Noah Smith,").contains("welcome to Kiosk", WEB + "/account/verify?token=")
                .doesNotContain("/api/");
        assertThat(http.send(POST, "/api/customers/verification/resend", "{\"email\":\"" + email + "\"}").status()).isEqualTo(202);
        String again = mailsTo(email, "Kiosk: confirm your e-mail address", 2).get(1);
        assertThat(again).as("a new code, in the language chosen at registration").startsWith("Hello,")
                .contains(WEB + "/account/verify?token=");
        HttpClientForTests noah = verifiedAndLoggedIn(email, again);

        assertThat(register(email, "Someone Else", "zh-CN").status()).isEqualTo(202);
        assertThat(mailTo(email, "Kiosk: someone tried to register with your address"))
                .as("the owner is warned in their own language").contains(WEB + "/account/forgot-password");

        OrderJourney journey = newOrderJourney();
        String order = journey.checkOutTwoChargersAs(noah, TestCheckout.withContactEmail(email, "ALIPAY", "SH"));
        assertThat(mailTo(email, "Kiosk: we have your order " + order)).startsWith("Hello Li Lei,")
                .contains("Total: CN¥398.00", "Paying with: Alipay", "Follow your order: " + WEB + "/orders/" + order);

        assertThat(http.send(POST, "/api/auth/password-reset", "{\"email\":\"" + email + "\"}").status()).isEqualTo(202);
        String reset = mailTo(email, "Kiosk: reset your password");
        assertThat(http.send(POST, "/api/auth/password-reset/confirm",
                "{\"token\":\"" + group(RESET_LINK, reset) + "\",\"newPassword\":\"an even longer secret\"}").status())
                .as("the link's code resets the password").isEqualTo(204);
        assertThat(mailTo(email, "Kiosk: your password was changed")).contains(WEB + "/account/forgot-password");
    }

    @Test
    void a_customer_who_does_not_choose_gets_every_mail_in_chinese_linking_to_the_web_app() {
        String email = uniqueEmail();
        assertThat(register(email, "李娜", null).status()).isEqualTo(202);

        String verification = mailTo(email, "Kiosk：请确认您的电子邮箱");
        assertThat(verification).startsWith("您好，李娜：").contains("欢迎来到 Kiosk", WEB + "/account/verify?token=");
        HttpClientForTests na = verifiedAndLoggedIn(email, verification);

        String order = newOrderJourney().checkOutTwoChargersAs(na, TestCheckout.withContactEmail(email, "WECHAT_PAY", "SH"));
        assertThat(mailTo(email, "Kiosk：我们已收到您的订单 " + order)).startsWith("您好，Li Lei：")
                .contains("合计：¥398.00", "支付方式：微信支付", "查看订单：" + WEB + "/orders/" + order);
    }

    @Test
    void a_customer_who_changes_the_language_in_the_profile_gets_the_next_mails_in_it() {
        String email = uniqueEmail();
        assertThat(register(email, "Mia Chen", null).status()).isEqualTo(202);
        HttpClientForTests mia = verifiedAndLoggedIn(email, mailTo(email, "Kiosk：请确认您的电子邮箱"));

        assertThat(mia.send(PATCH, "/api/customers/me", "{\"language\":\"en\"}").status()).isEqualTo(204);
        assertThat(http.send(POST, "/api/auth/password-reset", "{\"email\":\"" + email + "\"}").status()).isEqualTo(202);
        assertThat(mailTo(email, "Kiosk: reset your password")).startsWith("Hello,");

        assertThat(mia.send(PATCH, "/api/customers/me", "{\"language\":\"zh-CN\",\"name\":\"陈米娅\"}").status()).isEqualTo(204);
        assertThat(http.send(POST, "/api/auth/password-reset", "{\"email\":\"" + email + "\"}").status()).isEqualTo(202);
        assertThat(mailTo(email, "Kiosk：重设您的密码")).startsWith("您好：").contains(WEB + "/account/reset-password?token=");
    }

    @Test
    void an_unknown_language_is_refused_naming_the_field() {
        assertProblem(register(uniqueEmail(), "Mia Chen", "fr"), 400, "invalid-request", "language");
        HttpClientForTests someone = newCustomer();
        assertProblem(someone.send(PATCH, "/api/customers/me", "{\"language\":\"de\"}"), 400, "invalid-request", "language");
        assertProblem(someone.send(PATCH, "/api/customers/me", "{}"), 400, "invalid-request", "name");
        assertProblem(someone.send(PATCH, "/api/customers/me", "{\"name\":\" \"}"), 400, "invalid-request", "name");
    }
}
