package io.kiosk.web.account;

/** The customer's name and phone number, as they change them. */
public class ProfileForm {

    private String name = "";
    private String phone = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.strip();
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null ? "" : phone.strip();
    }
}
