package io.kiosk.command.apidocs;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Configuration;

/**
 * The command API's OpenAPI description as a whole: what it is, where it runs, and its tags. Operations describe
 * themselves on their controllers; what holds for all of them (access, problems, examples) comes from
 * {@code io.kiosk.security.openapi}. The description is committed as {@code docs/api/command-side.yaml}.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(
                title = "Kiosk command API",
                version = CommandApiDescription.VERSION,
                description = """
                        Everything that changes Kiosk: registration and login, carts and checkout, orders, refunds, \
                        the catalogue and stock for the back office, and the payment providers' notifications.

                        Every change is a command that an aggregate checks and records as events; what a client reads \
                        afterwards comes from the **query API** (port 8081), built from those events usually within a \
                        second. A successful change answers `Kiosk-Position`: pass it as `?position=` to a query to \
                        read your own write. Errors are RFC 9457 problem details (`application/problem+json`) with a \
                        stable `type` and the `field` at fault. Access tokens come from `POST /api/auth/login`.""",
                license = @License(name = "Proprietary: the Kiosk project's own"),
                contact = @Contact(name = "Kiosk maintainers", email = "maintainers@kiosk.example")),
        servers = @Server(url = "http://localhost:8080", description = "the run command's command side"),
        tags = {
                @Tag(name = "Identity", description = "Registration, e-mail verification, login, tokens and passwords; staff accounts"),
                @Tag(name = "Customers", description = "A customer's own profile, delivery addresses and saved payment methods"),
                @Tag(name = "Carts", description = "Open a cart, fill it with configured products, check it out into an order"),
                @Tag(name = "Orders", description = "After checkout: cancellation by the customer, fulfilment by the back office"),
                @Tag(name = "Refunds", description = "A customer asks for money back, withdraws or sends goods back; the refund work list"),
                @Tag(name = "Refund review", description = "The back office approves, rejects, receives and retries refunds"),
                @Tag(name = "Products", description = "The back office defines, revises, publishes and withdraws products"),
                @Tag(name = "Stock", description = "The back office counts, receives and makes variants to order"),
                @Tag(name = "Payment review", description = "The back office's review of payments the risk check held"),
                @Tag(name = "Payment notifications", description = "What the payment providers call, each proving itself by its signature"),
                @Tag(name = "Payment sandbox", description = "The simulated provider's page, present only when `kiosk.payments.provider` is `sandbox` (the run command's default)")})
class CommandApiDescription {

    /** The version of the API contract, raised with every change a client can notice. */
    static final String VERSION = "0.1.0";
}
