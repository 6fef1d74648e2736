package io.kiosk.web.account;

/** The confirmation of an account's deletion: the customer's password, as the command API asks for it. */
public class AccountDeletionForm {

    private String password = "";

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }
}
