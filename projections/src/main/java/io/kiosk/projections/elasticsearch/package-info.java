/**
 * How the projections write to Elasticsearch: indexes written with external versions derived from
 * the event log, so that replays and redeliveries never overwrite newer documents with older ones;
 * each kept behind a read and a write alias over physical indexes named for their mapping version,
 * so that a rebuild fills a fresh index while searches keep answering from the old one. A search
 * Elasticsearch refuses or cannot answer fails as {@link io.kiosk.projections.elasticsearch.SearchFailures} says.
 */
package io.kiosk.projections.elasticsearch;
