/**
 * Kiosk's command side: the aggregates that decide, the policies that connect them, and the REST
 * command API. One package per business capability ({@code cart}, {@code order}, ...), each with
 * its aggregate, its policies and its controller; {@code problems} turns every client error into
 * RFC 9457 problem details.
 */
package io.kiosk.command;
