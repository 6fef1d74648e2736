package io.kiosk.web.checkout;

/** Whom Kiosk tells about the order: a name, a phone number and an e-mail address (the profile's, unless changed). */
public class ContactForm {

    private String name = "";
    private String phone = "";
    private String email = "";

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = clean(name);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = clean(phone);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = clean(email);
    }
}
