package io.kiosk.command;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.orderprocess.OrderJourney;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Arrays;
import java.util.List;

import static io.kiosk.command.orderprocess.OrderJourney.eventually;

/**
 * The command side with the payment sandbox as every method's provider, so that an order can be paid (or not) on
 * the sandbox's page as a customer would, and a mail server in the JVM on {@link TestSmtp}'s port, where the
 * application's mail goes. The journeys of orders, payments and refunds run here; every class that extends this one
 * and configures nothing of its own shares one application context, the second besides {@link CommandSideHttpTest}'s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kiosk.payments.provider=sandbox")
public abstract class SandboxHttpTest extends CommandSideHttpTest {

    /** Started and emptied around each test. */
    @RegisterExtension
    protected static final GreenMailExtension mail = TestSmtp.server();

    /** A new stage: a charger of this journey's own at 199.00 CNY, five graphite L ones on the shelf, a new customer. */
    protected OrderJourney newOrderJourney() {
        return new OrderJourney(port, encoder, json, jdbc, store);
    }

    /** The same stage with chargers at another base price (a graphite L costs the base price). */
    protected OrderJourney newOrderJourney(Money chargerPrice) {
        return new OrderJourney(port, encoder, json, jdbc, store, chargerPrice);
    }

    /** The subjects of the mails {@code email} received, once one is {@code subject} (or when patience runs out). */
    protected static List<String> mailSubjectsOnceOneIs(String email, String subject) {
        return eventually(() -> mailSubjects(email), subjects -> subjects.contains(subject));
    }

    /** The subjects of the mails {@code email} (a customer's verified address, see {@link OrderJourney#email}) received, oldest first. */
    protected static List<String> mailSubjects(String email) {
        return Arrays.stream(mail.getReceivedMessagesForDomain(email)).map(message -> {
            try {
                return message.getSubject();
            } catch (MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toList();
    }
}
