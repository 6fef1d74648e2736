/**
 * How the projections write to Elasticsearch: indexes written with external versions derived from
 * the event log, so that replays and redeliveries never overwrite newer documents with older ones.
 */
package io.kiosk.projections.elasticsearch;
