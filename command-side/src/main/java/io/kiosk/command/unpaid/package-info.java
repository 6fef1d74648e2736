/**
 * The cap on what one customer may have ordered and not paid: orders and units, counted in the transaction of the
 * order events themselves, a checkout past a cap refused with {@code 422} naming the cap.
 */
package io.kiosk.command.unpaid;
