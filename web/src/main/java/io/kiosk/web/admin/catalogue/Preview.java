package io.kiosk.web.admin.catalogue;

import io.kiosk.client.query.model.Quote;

import java.util.List;

/** A configuration's quote as the back office previews it, or the API's reasons why it has none. */
public record Preview(Quote quote, List<String> problems) {

    public Preview {
        problems = List.copyOf(problems);
    }
}
