/**
 * Kiosk's shared language: the commands, events and queries that the command side and the
 * query side exchange, and the identifiers and value objects they are made of.
 *
 * <p>Everything here is a Java record that validates itself in its constructor. The module depends
 * on no Spring and on Axon only for the routing annotation of commands; events are stored as JSON
 * forever, so a shipped event type changes only with an upcaster and a revision.
 */
package io.kiosk.api;
