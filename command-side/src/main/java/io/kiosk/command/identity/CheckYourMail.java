package io.kiosk.command.identity;

/**
 * The answer to anything that mails a code (registration, a new verification code, a password reset): the same
 * whether or not the address is known, so that nobody can find out who has an account.
 */
record CheckYourMail(String message) {

    static final CheckYourMail SENT = new CheckYourMail("if the address can be used, a mail with the next step is on its way");
}
