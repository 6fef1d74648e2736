package io.kiosk.command.identity;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.Language;
import io.kiosk.command.customer.CustomerLanguages;
import io.kiosk.command.mail.MailDelivery;
import io.kiosk.command.mail.MailTexts;
import io.kiosk.command.mail.WebPages;
import org.springframework.stereotype.Component;

/**
 * The mails identity sends, in the account's language, each linking to the web app's page for its next step (the
 * mailed code is in the text too, for whoever types it). A mail that cannot be sent is logged, never fatal: every one
 * of them can be asked for again (resend verification, request another reset).
 */
@Component
class IdentityMails {

    private final MailTexts texts;
    private final MailDelivery delivery;
    private final WebPages web;
    private final CustomerLanguages languages;

    IdentityMails(MailTexts texts, MailDelivery delivery, WebPages web, CustomerLanguages languages) {
        this.texts = texts;
        this.delivery = delivery;
        this.web = web;
        this.languages = languages;
    }

    /** To a new customer, in the language they registered with. */
    void verifyYourAddress(EmailAddress to, String name, String code, Language language) {
        delivery.deliver(to, texts.mail("identity.verify", language, texts.greeting(name), web.verifyEmail(code), code));
    }

    /** A new code for an account not verified yet, in its language. */
    void verifyYourAddressAgain(EmailAddress to, CustomerId owner, String code) {
        delivery.deliver(to, texts.mail("identity.verify", languages.of(owner), texts.greeting(null), web.verifyEmail(code),
                code));
    }

    void alreadyRegistered(EmailAddress to, CustomerId owner) {
        delivery.deliver(to, texts.mail("identity.already-registered", languages.of(owner), texts.greeting(null),
                web.forgotPassword()));
    }

    void resetYourPassword(EmailAddress to, CustomerId owner, String code) {
        delivery.deliver(to, texts.mail("identity.reset", languages.of(owner), texts.greeting(null), web.resetPassword(code),
                code));
    }

    void passwordChanged(EmailAddress to, CustomerId owner) {
        delivery.deliver(to, texts.mail("identity.password-changed", languages.of(owner), texts.greeting(null),
                web.forgotPassword()));
    }
}
