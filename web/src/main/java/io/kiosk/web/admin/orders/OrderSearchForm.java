package io.kiosk.web.admin.orders;

import org.springframework.web.util.UriComponentsBuilder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The console's order search as its form and links write it ({@code GET /admin/orders?q=&status=&paymentMethod=&from=
 * &to=&minTotal=&maxTotal=&currency=&sort=&size=&after=}): every filter of the query side's order search, its sort,
 * page size and cursor. The API checks them; its refusal is shown on the field it names.
 */
public class OrderSearchForm {

    static final List<String> SORTS = List.of("placedAt,desc", "placedAt,asc", "total,desc", "total,asc", "relevance");
    static final List<Integer> SIZES = List.of(20, 50, 100);

    private String q = "";
    private List<String> status = new ArrayList<>();
    private String paymentMethod = "";
    private String from = "";
    private String to = "";
    private BigDecimal minTotal;
    private BigDecimal maxTotal;
    private String currency = "";
    private String sort = "";
    private Integer size;
    private String after = "";

    static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** This search's address, from its first page ({@code after} null) or after a cursor. */
    String address(String cursor) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/orders");
        add(uri, "q", q);
        status.forEach(one -> uri.queryParam("status", one));
        add(uri, "paymentMethod", paymentMethod);
        add(uri, "from", from);
        add(uri, "to", to);
        add(uri, "minTotal", minTotal == null ? null : minTotal.toPlainString());
        add(uri, "maxTotal", maxTotal == null ? null : maxTotal.toPlainString());
        add(uri, "currency", currency);
        add(uri, "sort", sort);
        add(uri, "size", size == null ? null : size.toString());
        add(uri, "after", cursor);
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (blankIsNull(value) != null) {
            uri.queryParam(name, value.strip());
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? "" : q;
    }

    public List<String> getStatus() {
        return status;
    }

    public void setStatus(List<String> status) {
        this.status = status == null ? new ArrayList<>() : new ArrayList<>(status);
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(String paymentMethod) {
        this.paymentMethod = paymentMethod == null ? "" : paymentMethod;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from == null ? "" : from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to == null ? "" : to;
    }

    public BigDecimal getMinTotal() {
        return minTotal;
    }

    public void setMinTotal(BigDecimal minTotal) {
        this.minTotal = minTotal;
    }

    public BigDecimal getMaxTotal() {
        return maxTotal;
    }

    public void setMaxTotal(BigDecimal maxTotal) {
        this.maxTotal = maxTotal;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency == null ? "" : currency;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort == null ? "" : sort;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after == null ? "" : after;
    }
}
