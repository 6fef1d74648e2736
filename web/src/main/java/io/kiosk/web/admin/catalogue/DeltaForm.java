package io.kiosk.web.admin.catalogue;


/** How a choice changes the price: {@code ABSOLUTE} yuan or {@code PERCENT} of the base price, as typed. A JavaBean for binding. */
public class DeltaForm {

    private String kind = "ABSOLUTE";
    private String value = "0";

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

}
