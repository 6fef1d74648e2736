package io.kiosk.eventstore.privacy;

import javax.crypto.SecretKey;

/**
 * What is known of one data subject's key: there is one ({@code key}), it was deleted ({@code erased}), or none was
 * ever made (neither: their data was stored before keys existed, or by an application that makes none).
 */
record SubjectKey(SecretKey key, boolean erased) {

    static final SubjectKey ERASED = new SubjectKey(null, true);
    static final SubjectKey NONE = new SubjectKey(null, false);

    static SubjectKey of(SecretKey key) {
        return new SubjectKey(key, false);
    }

    boolean present() {
        return key != null;
    }
}
