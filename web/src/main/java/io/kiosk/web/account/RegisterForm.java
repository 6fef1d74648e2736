package io.kiosk.web.account;

/** The registration form, and the page to come back to once the shopper has logged in (the cart, say). */
public class RegisterForm {

    private String email = "";
    private String name = "";
    private String phone = "";
    private String password = "";
    private String next = "";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.strip();
    }

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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next == null ? "" : next;
    }
}
