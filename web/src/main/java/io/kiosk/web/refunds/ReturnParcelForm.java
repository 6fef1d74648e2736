package io.kiosk.web.refunds;

/** How the customer sent the goods back: the carrier and the parcel's tracking number. */
public class ReturnParcelForm {

    private String key = "";
    private String carrier = "";
    private String trackingNumber = "";

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key == null ? "" : key.strip();
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier == null ? "" : carrier.strip();
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber == null ? "" : trackingNumber.strip();
    }
}
