package io.kiosk.command.identity;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.Language;
import io.kiosk.command.customer.CustomerLanguages;
import io.kiosk.command.mail.Mail;
import io.kiosk.command.mail.MailTexts;
import io.kiosk.command.mail.WebPages;
import io.kiosk.command.outbox.NotificationKey;
import io.kiosk.command.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * The mails identity sends, in the account's language, each linking to the web app's page for its next step (the
 * mailed code is in the text too, for whoever types it). Each goes to the outbox in the transaction of the request
 * that decided it (with the code it carries), and is sent after that commits: a request about a known address
 * takes no longer than one about an unknown address, whatever the mail server does. Every one of them can be asked
 * for again (resend verification, request another reset).
 */
@Component
class IdentityMails {

    private final MailTexts texts;
    private final Outbox outbox;
    private final WebPages web;
    private final CustomerLanguages languages;

    IdentityMails(MailTexts texts, Outbox outbox, WebPages web, CustomerLanguages languages) {
        this.texts = texts;
        this.outbox = outbox;
        this.web = web;
        this.languages = languages;
    }

    /** To a new customer, in the language they registered with. */
    void verifyYourAddress(EmailAddress to, String name, String code, Language language) {
        send(to, "identity.verify", texts.mail("identity.verify", language, texts.greeting(name), web.verifyEmail(code), code));
    }

    /** A new code for an account not verified yet, in its language. */
    void verifyYourAddressAgain(EmailAddress to, CustomerId owner, String code) {
        send(to, "identity.verify", texts.mail("identity.verify", languages.of(owner), texts.greeting(null),
                web.verifyEmail(code), code));
    }

    void alreadyRegistered(EmailAddress to, CustomerId owner) {
        send(to, "identity.already-registered", texts.mail("identity.already-registered", languages.of(owner),
                texts.greeting(null), web.forgotPassword()));
    }

    void resetYourPassword(EmailAddress to, CustomerId owner, String code) {
        send(to, "identity.reset", texts.mail("identity.reset", languages.of(owner), texts.greeting(null),
                web.resetPassword(code), code));
    }

    void passwordChanged(EmailAddress to, CustomerId owner) {
        send(to, "identity.password-changed", texts.mail("identity.password-changed", languages.of(owner),
                texts.greeting(null), web.forgotPassword()));
    }

    /** Every request mails anew: each mail is a notification of its own. */
    private void send(EmailAddress to, String channel, Mail mail) {
        outbox.mail(NotificationKey.unique(channel), to, mail);
    }
}
