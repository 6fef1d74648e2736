package io.kiosk.web.admin.search;

import io.kiosk.client.query.model.SynonymSetView;

/**
 * One synonym set as its row shows it: the set, the words its form holds (what was just typed, if the API refused
 * that; else the set's words) and whether the form shows a refusal.
 */
public record SynonymRow(SynonymSetView set, String terms, boolean refused) {
}
