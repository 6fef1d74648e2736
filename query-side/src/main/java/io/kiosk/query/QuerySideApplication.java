package io.kiosk.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Scans its own packages and the projections library, whose read models it runs. */
@SpringBootApplication(scanBasePackages = {"io.kiosk.query", "io.kiosk.projections"})
public class QuerySideApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
