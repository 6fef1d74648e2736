package io.kiosk.web.cart;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The product page's "add to cart": the configuration exactly as quoted (options as the API writes them), the
 * quantity, the region the quote was for (to go back to the same page) and the unit price the shopper saw.
 */
public class AddToCartForm {

    private String productId = "";
    private Map<String, String> options = new LinkedHashMap<>();
    private int quantity = 1;
    private String region = "";
    private BigDecimal unitPrice;
    private String currency = "CNY";

    public String getProductId() {
        return productId;
    }

    public void setProductId(String productId) {
        this.productId = productId == null ? "" : productId.strip();
    }

    public Map<String, String> getOptions() {
        return options;
    }

    public void setOptions(Map<String, String> options) {
        this.options = options == null ? new LinkedHashMap<>() : options;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region == null ? "" : region;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency == null || currency.isBlank() ? "CNY" : currency;
    }
}
