package io.kiosk.api.search;

/**
 * Why a search (of products, of orders) got no answer, carried as the details of the query's failure so that the
 * asker can tell its client what to do: change the request ({@link Kind#REFUSED}: the search index refused it as
 * asked) or ask again later ({@link Kind#UNAVAILABLE}: the index is down, overloaded or did not answer in time).
 * {@code message} is fixed wording for people; what the index said stays in the log of the side that asked it.
 */
public record SearchFailure(Kind kind, String message) {

    public enum Kind { REFUSED, UNAVAILABLE }

    public static SearchFailure refused(String what) {
        return new SearchFailure(Kind.REFUSED, "the " + what + " cannot be run as asked; check its parameters");
    }

    public static SearchFailure unavailable(String what) {
        return new SearchFailure(Kind.UNAVAILABLE, "the " + what + " is not available right now; ask again in a moment");
    }
}
