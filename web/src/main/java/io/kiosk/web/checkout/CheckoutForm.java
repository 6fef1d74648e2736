package io.kiosk.web.checkout;

import io.kiosk.web.account.AddressForm;

/**
 * The checkout: where the goods go (a saved address, or a new one typed in and, if the customer wants, saved), whom
 * to tell, the delivery region the estimate is for, and how to pay. {@code key} is the checkout's idempotency key,
 * made when the form was shown: the same form sent twice (a double click, a retry after a lost answer) places one
 * order.
 */
public class CheckoutForm {

    /** {@link #getSavedAddress()} when the customer types a new address. */
    public static final String NEW_ADDRESS = "new";

    private String key = "";
    private String savedAddress = NEW_ADDRESS;
    private AddressForm address = new AddressForm();
    private boolean saveAddress;
    private ContactForm contact = new ContactForm();
    private String region = "";
    private String paymentMethod = "";

    /** Whether the customer typed a new address rather than choosing a saved one. */
    public boolean newAddress() {
        return savedAddress == null || savedAddress.isBlank() || NEW_ADDRESS.equals(savedAddress);
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key == null ? "" : key.strip();
    }

    public String getSavedAddress() {
        return savedAddress;
    }

    public void setSavedAddress(String savedAddress) {
        this.savedAddress = savedAddress == null ? NEW_ADDRESS : savedAddress.strip();
    }

    public AddressForm getAddress() {
        return address;
    }

    public void setAddress(AddressForm address) {
        this.address = address == null ? new AddressForm() : address;
    }

    public boolean isSaveAddress() {
        return saveAddress;
    }

    public void setSaveAddress(boolean saveAddress) {
        this.saveAddress = saveAddress;
    }

    public ContactForm getContact() {
        return contact;
    }

    public void setContact(ContactForm contact) {
        this.contact = contact == null ? new ContactForm() : contact;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region == null ? "" : region.strip();
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(String paymentMethod) {
        this.paymentMethod = paymentMethod == null ? "" : paymentMethod.strip();
    }
}
