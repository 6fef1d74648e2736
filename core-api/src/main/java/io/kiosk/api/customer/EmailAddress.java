package io.kiosk.api.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.kiosk.api.privacy.Erased;

import java.net.IDN;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address, kept in lower case so that one mailbox is one account. Only what a mail server takes
 * without quoting (RFC 5321 and 5322): a dot-atom local part of at most 64 characters (letters, digits and
 * {@code !#$%&'*+/=?^_`{|}~-}, dots only between them) and a domain of at least two labels (letters, digits,
 * inner hyphens; at most 63 characters each) whose last is not a number. Quoted local parts, comments, address
 * literals ({@code [192.0.2.1]}) and display names ({@code Mia <mia@example.com>}) are refused. A domain
 * written in another script ({@code 例子.中国}) is kept in its ASCII form ({@code xn--fsqu00a.xn--fiqs8s}), as
 * mail servers read it; the local part is ASCII. Or {@link #ERASED}, what the address of a customer who was erased
 * reads as: never taken from a person ({@link #of} refuses it), and no mail goes to it.
 */
public record EmailAddress(@JsonValue String value) {

    /** RFC 5321: the longest path a mail server relays, less its angle brackets. */
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final Pattern DOT_ATOM = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    /** The address of a customer who was erased (see {@link io.kiosk.api.privacy.PersonalData}). */
    public static final EmailAddress ERASED = new EmailAddress(Erased.TEXT);

    @JsonCreator
    public EmailAddress {
        Objects.requireNonNull(value, "e-mail address is required");
        value = Erased.is(value) ? value : normalised(value);
    }

    private static String normalised(String given) {
        String value = given.strip().toLowerCase(Locale.ROOT);
        int at = value.lastIndexOf('@');
        if (at <= 0 || value.length() > MAX_LENGTH * 4) {
            throw invalid();
        }
        String local = value.substring(0, at);
        String domain = asciiDomain(value.substring(at + 1));
        if (local.length() > MAX_LOCAL_LENGTH || !DOT_ATOM.matcher(local).matches()) {
            throw invalid();
        }
        value = local + "@" + domain;
        if (value.length() > MAX_LENGTH) {
            throw invalid();
        }
        return value;
    }

    /** An address a person gives: a valid address, never the erased marker. */
    public static EmailAddress of(String value) {
        if (Erased.is(value)) {
            throw invalid();
        }
        return new EmailAddress(value);
    }

    public boolean isErased() {
        return Erased.is(value);
    }

    private static String asciiDomain(String domain) {
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notADomain) {
            throw invalid();
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || NUMBER.matcher(labels[labels.length - 1]).matches()) {
            throw invalid();
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw invalid();
            }
        }
        return ascii;
    }

    private static IllegalArgumentException invalid() {
        return new IllegalArgumentException("is not a valid e-mail address");
    }

    @Override
    public String toString() {
        return value;
    }
}
