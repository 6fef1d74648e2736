package io.kiosk.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CommandSideApplication {

    public static void main(String[] args) {
        // Kiosk does not phone home: Axon's update checker stays off unless a deployment turns it on
        if (System.getProperty("axoniq.update-checker.disabled") == null
                && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
