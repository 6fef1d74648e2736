package io.kiosk.web.account;

import io.kiosk.client.command.model.AddressRequest;

/** A delivery address as the customer types it (country CN unless they say otherwise). */
public class AddressForm {

    private String recipient = "";
    private String phone = "";
    private String line1 = "";
    private String line2 = "";
    private String city = "";
    private String region = "";
    private String postalCode = "";
    private String country = "CN";

    /** The command API's request for this address; an empty second line is none. */
    public AddressRequest toRequest() {
        return new AddressRequest().recipient(recipient).phone(phone).line1(line1).line2(line2.isBlank() ? null : line2)
                .city(city).region(region).postalCode(postalCode).country(country);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = clean(recipient);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = clean(phone);
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = clean(line1);
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = clean(line2);
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = clean(city);
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = clean(region);
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = clean(postalCode);
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = clean(country).toUpperCase();
    }
}
