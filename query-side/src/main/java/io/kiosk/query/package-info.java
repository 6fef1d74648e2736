/**
 * Kiosk's query side: runs the projections' event processors over the shared event store and
 * serves what people read. Packages follow the read models ({@code tracking}, {@code customer},
 * {@code catalog}: products, search and live quotes, open to anyone); the back office's {@code rebuild}
 * (the projections' processors and their replays), {@code deadletter} (events a projection could not
 * handle) and {@code history} (an order's events, and the order as of any instant); {@code eventlog}
 * answers what they ask of the event log; {@code problems} answers client errors as RFC 9457 problem details. Every endpoint needs an
 * access token from the command side unless {@code QuerySideSecurity} says otherwise.
 */
package io.kiosk.query;
