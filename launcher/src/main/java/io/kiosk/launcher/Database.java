package io.kiosk.launcher;

import java.util.Objects;

/** Where the applications find PostgreSQL. */
public record Database(String jdbcUrl, String username, String password) {

    public Database {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(username, "username");
        password = password == null ? "" : password;
    }
}
