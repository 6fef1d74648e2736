/**
 * Personal data and its erasure: which values of an event are a person's ({@link io.kiosk.api.privacy.PersonalData}),
 * whose they are ({@link io.kiosk.api.privacy.PersonalDataOwner}), and what they read as once erased
 * ({@link io.kiosk.api.privacy.Erased}). The encryption itself is the event store's.
 */
package io.kiosk.api.privacy;
