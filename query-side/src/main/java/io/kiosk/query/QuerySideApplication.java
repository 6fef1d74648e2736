package io.kiosk.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scans its own packages and the projections library, whose read models it runs. Scheduling is on for the
 * watch that finishes replays ({@code rebuild.ReplayWatch}).
 */
@SpringBootApplication(scanBasePackages = {"io.kiosk.query", "io.kiosk.projections"})
@EnableScheduling
public class QuerySideApplication {

    public static void main(String[] args) {
        // Kiosk does not phone home: Axon's update checker stays off unless a deployment turns it on
        if (System.getProperty("axoniq.update-checker.disabled") == null
                && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
