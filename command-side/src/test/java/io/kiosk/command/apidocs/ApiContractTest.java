package io.kiosk.command.apidocs;

import io.kiosk.command.SandboxHttpTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed description {@code docs/api/command-side.yaml} is the contract that clients are generated from
 * (the {@code api-client} module does it at build time), so it must be exactly what the application serves: any
 * change of the API shows up here first, and then as a diff of the committed file. It is the description of the
 * application with the payment sandbox, as the run command starts it.
 */
class ApiContractTest extends SandboxHttpTest {

    static final Path COMMITTED = Path.of("..", "docs", "api", "command-side.yaml");
    static final String WRITE = "kiosk.api-docs.write";

    @Test
    void the_application_describes_its_api_exactly_as_the_committed_description() throws IOException, InterruptedException {
        HttpResponse<String> served = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/v3/api-docs.yaml")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(served.statusCode()).isEqualTo(200);
        if (Boolean.getBoolean(WRITE)) {
            Files.writeString(COMMITTED, served.body());
        }
        assertThat(Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "")
                .as("the command API changed: review the change and rewrite %s with%n  bash docs/api/rewrite.sh%n(it sets -D%s=true;"
                        + " see docs/api.md, \"The API contract\")", COMMITTED.normalize(), WRITE)
                .isEqualTo(served.body());
    }
}
