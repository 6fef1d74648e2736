package io.kiosk.web.layout;

/**
 * What the layout around every page needs from the request: the page's own address, the other language's name and
 * the same page's address in it (the switch keeps the page), and the shopper's name when signed in.
 *
 * @param path              the request's path and query, as the page was asked for
 * @param language          the page's language tag ({@code zh-CN} or {@code en}), for {@code lang}
 * @param otherLanguage     the other language's tag
 * @param otherLanguageUrl  this page in the other language
 * @param signedInAs        the signed-in account's e-mail address, or null
 * @param htmxHeaders       the JSON of the headers every htmx request sends (the CSRF token), for {@code hx-headers}
 */
public record PageFrame(String path, String language, String otherLanguage, String otherLanguageUrl, String signedInAs,
                        String htmxHeaders) {

    public boolean signedIn() {
        return signedInAs != null;
    }
}
