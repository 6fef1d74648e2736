package io.kiosk.command.mail;

import io.kiosk.api.customer.Language;
import io.kiosk.api.pricing.Money;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Both languages say everything: the same keys, every mail with a subject and a body, every text a valid pattern. */
class MailBundlesTest {

    private static Properties bundle(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = MailBundlesTest.class.getResourceAsStream("/mail/" + name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void chinese_and_english_have_the_same_texts_and_every_mail_a_subject_and_a_body() throws IOException {
        Properties chinese = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");

        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        Set<String> mails = new TreeSet<>();
        chinese.stringPropertyNames().stream().filter(key -> key.endsWith(".subject") || key.endsWith(".body"))
                .forEach(key -> mails.add(key.substring(0, key.lastIndexOf('.'))));
        assertThat(mails).allSatisfy(mail -> assertThat(chinese).containsKeys(mail + ".subject", mail + ".body"));
        assertThat(mails).contains("identity.verify", "identity.reset", "order.placed", "refund.completed");
        for (Properties texts : new Properties[]{chinese, english}) {
            texts.forEach((key, text) -> assertThatCode(() -> new MessageFormat((String) text)).as("%s", key).doesNotThrowAnyException());
        }
    }

    @Test
    void the_chinese_bundle_is_the_default_and_english_is_english() {
        MailTexts texts = new MailTexts();

        assertThat(texts.text("greeting", Language.ZH_CN, "Mia")).isEqualTo("您好，Mia：");
        assertThat(texts.text("greeting", Language.EN, "Mia")).isEqualTo("Hello Mia,");
        assertThat(texts.greeting(" ").in(Language.EN)).isEqualTo("Hello,");
    }

    @Test
    void money_and_dates_are_written_as_each_language_writes_them() {
        MailTexts texts = new MailTexts();
        Object[] values = {texts.greeting("Li Lei"), "order-1", "https://shop.kiosk.test/orders/order-1", "SF Express", "SF1",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3)};

        assertThat(texts.mail("order.shipped", Language.ZH_CN, values).text()).contains("预计 2026年12月1日 至 2026年12月3日 送达");
        assertThat(texts.mail("order.shipped", Language.EN, values).text()).contains("between December 1, 2026 and December 3, 2026");
        assertThat(MailTexts.money(Money.of("1299.00", "CNY"), Language.ZH_CN)).isEqualTo("¥1,299.00");
        assertThat(MailTexts.money(Money.of("1299.00", "CNY"), Language.EN)).isEqualTo("CN¥1,299.00");
        assertThat(MailTexts.money(Money.of("1299", "JPY"), Language.EN)).isEqualTo("¥1,299");
    }
}
