package io.kiosk.web.admin.staff;

/** A new staff account as the administrator fills it in: e-mail, first password, role. A JavaBean for binding. */
public class StaffForm {

    private String email = "";
    private String password = "";
    private String role = "BACK_OFFICE";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
