package io.kiosk.web.catalogue;

import org.springframework.web.util.UriComponentsBuilder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A search as the search form and its links write it ({@code GET /search?q=&category=&option=&price=&inStock=&sort=&page=}):
 * the words, the facets chosen, the order and the page. What makes no sense (an unknown order, a page below 0, a
 * malformed price band) is read as "not chosen" rather than refused: a shopper who edits an address gets results.
 */
public class SearchQuery {

    static final Set<String> SORTS = Set.of("relevance", "price_asc", "price_desc", "popularity", "newest");

    private String q = "";
    private String category = "";
    private List<String> option = new ArrayList<>();
    private String price = "";
    private Boolean inStock;
    private String sort = "";
    private int page;

    /** The words, or null for none. */
    String words() {
        return q.isBlank() ? null : q.strip();
    }

    String categoryFilter() {
        return category.isBlank() ? null : category;
    }

    List<String> optionFilter() {
        return option.isEmpty() ? null : option;
    }

    /** The lower end of the chosen price band ({@code price=200-500}), or null. */
    BigDecimal minPrice() {
        return bound(0);
    }

    /** The upper end of the chosen price band, exclusive as the band is, or null for the top band. */
    BigDecimal maxPrice() {
        BigDecimal to = bound(1);
        return to == null ? null : to.subtract(new BigDecimal("0.01"));
    }

    private BigDecimal bound(int end) {
        String[] ends = price.split("-", -1);
        if (ends.length != 2 || ends[end].isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(ends[end].strip());
        } catch (NumberFormatException malformed) {
            return null;
        }
    }

    String sortOrder() {
        return SORTS.contains(sort) ? sort : null;
    }

    /** This search on page {@code number}, as a link. */
    public String pageLink(int number) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/search");
        if (!q.isBlank()) {
            link.queryParam("q", q);
        }
        if (!category.isBlank()) {
            link.queryParam("category", category);
        }
        option.forEach(chosen -> link.queryParam("option", chosen));
        if (!price.isBlank()) {
            link.queryParam("price", price);
        }
        if (inStock != null) {
            link.queryParam("inStock", inStock);
        }
        if (!sort.isBlank()) {
            link.queryParam("sort", sort);
        }
        if (number > 0) {
            link.queryParam("page", number);
        }
        return link.encode().build().toUriString();
    }

    /** Whether any filter narrows the search (besides the words). */
    public boolean filtered() {
        return !category.isBlank() || !option.isEmpty() || !price.isBlank() || inStock != null;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? "" : q;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category == null ? "" : category.strip();
    }

    public List<String> getOption() {
        return option;
    }

    public void setOption(List<String> option) {
        this.option = option == null ? new ArrayList<>()
                : new ArrayList<>(option.stream().filter(value -> value != null && !value.isBlank()).distinct().toList());
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price == null ? "" : price.strip();
    }

    public Boolean getInStock() {
        return inStock;
    }

    public void setInStock(Boolean inStock) {
        this.inStock = inStock;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort == null ? "" : sort.strip();
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
