package io.kiosk.web.account;

/** The login form: the address, the password, and the page to go back to afterwards. */
public class LoginForm {

    private String email = "";
    private String password = "";
    private String next = "";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.strip();
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
