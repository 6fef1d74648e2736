/**
 * Read your writes: every answer to a request that appended events says how far the event log has gone
 * with them ({@code Kiosk-Position}, the log position of the request's last event), so that the client can
 * ask the query side for a read model that has caught up with its own change.
 */
package io.kiosk.command.logposition;
