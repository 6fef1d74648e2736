package io.kiosk.web.admin.catalogue;


/** An amount of money as typed ({@code 199.00}) in its currency (the mall's is CNY). A JavaBean for binding. */
public class MoneyForm {

    private String amount = "";
    private String currency = "CNY";

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

}
