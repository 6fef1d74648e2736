package io.kiosk.web.account;

/**
 * A form around a mailed code: confirming the e-mail address (the code, and the address to send a new code to) or
 * choosing a new password (the code and the new password).
 */
public class CodeForm {

    private String token = "";
    private String email = "";
    private String newPassword = "";
    private String next = "";

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token == null ? "" : token.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.strip();
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword == null ? "" : newPassword;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next == null ? "" : next;
    }
}
