package io.kiosk.web.refunds;

/**
 * One line of the order on the refund form: whether the customer wants money back for it, and for how many of its
 * units (at most {@code left}: those not refunded or asked for already).
 */
public class RefundLineChoice {

    private String lineId = "";
    private boolean chosen;
    private int quantity;
    private int left;

    public String getLineId() {
        return lineId;
    }

    public void setLineId(String lineId) {
        this.lineId = lineId == null ? "" : lineId.strip();
    }

    public boolean isChosen() {
        return chosen;
    }

    public void setChosen(boolean chosen) {
        this.chosen = chosen;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public int getLeft() {
        return left;
    }

    public void setLeft(int left) {
        this.left = left;
    }
}
