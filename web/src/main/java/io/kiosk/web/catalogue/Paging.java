package io.kiosk.web.catalogue;

/**
 * Where a page of results stands among all of them: the page shown (from 0), how many pages there are, and whether
 * there is one before and after.
 */
public record Paging(int page, int pages, long total) {

    static Paging of(Integer page, int size, Long total) {
        long all = total == null ? 0 : total;
        int count = (int) Math.max(1, (all + size - 1) / size);
        return new Paging(page == null ? 0 : page, count, all);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages;
    }

    /** The page's number as people count, from 1. */
    public int shownNumber() {
        return page + 1;
    }
}
