package io.kiosk.command.mail;

import io.kiosk.api.customer.Language;

/** Part of a mail that reads differently in each language: a phrase of the bundles, a product's name, a list of lines. */
@FunctionalInterface
public interface Wording {

    String in(Language language);
}
