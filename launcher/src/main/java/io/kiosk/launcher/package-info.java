/**
 * Runs the whole Kiosk system on one machine: PostgreSQL and Elasticsearch (embedded unless an
 * existing server is configured) and the two applications as separate Java processes, wired
 * together through environment variables exactly as a deployment wires them. The README's run
 * command and the system tests both start Kiosk through {@link io.kiosk.launcher.KioskSystem}.
 */
package io.kiosk.launcher;
