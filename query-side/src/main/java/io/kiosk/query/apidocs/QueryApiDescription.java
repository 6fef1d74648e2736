package io.kiosk.query.apidocs;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Configuration;

/**
 * The query API's OpenAPI description as a whole: what it is, where it runs, and its tags. Operations describe
 * themselves on their controllers; what holds for all of them (access, problems, examples) comes from
 * {@code io.kiosk.security.openapi}. The description is committed as {@code docs/api/query-side.yaml}.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(
                title = "Kiosk query API",
                version = QueryApiDescription.VERSION,
                description = """
                        Everything a person reads in Kiosk: the catalogue and live quotes (public), orders as they stand \
                        and live, the customer's profile, order search and history for the back office, analytics, and \
                        the projections' state.

                        Answers come from read models that the query side builds from the command side's events, \
                        usually within a second of a change. To read your own write, pass the `Kiosk-Position` a \
                        command answered as `?position=` (where an operation offers it). Errors are RFC 9457 problem \
                        details (`application/problem+json`) with a stable `type` and the `field` at fault. Access \
                        tokens come from the command API's `POST /api/auth/login`.""",
                license = @License(name = "Proprietary: the Kiosk project's own"),
                contact = @Contact(name = "Kiosk maintainers", email = "maintainers@kiosk.example")),
        servers = @Server(url = "http://localhost:8081", description = "the run command's query side"),
        tags = {
                @Tag(name = "Catalogue", description = "Search published products, read one, quote a configuration: open to anyone"),
                @Tag(name = "Orders", description = "An order as it stands, live, and lists of orders"),
                @Tag(name = "Customers", description = "A customer's own profile"),
                @Tag(name = "Order search", description = "The back office finds orders by id, name, e-mail, phone or product"),
                @Tag(name = "Order history", description = "An order's events, and the order as it stood at any instant"),
                @Tag(name = "Analytics", description = "Reports over mall days, as JSON or CSV"),
                @Tag(name = "Projections", description = "The read models' processors and their rebuilds"),
                @Tag(name = "Dead letters", description = "Events a projection could not handle, and what the back office does with them")})
class QueryApiDescription {

    /** The version of the API contract, raised with every change a client can notice. */
    static final String VERSION = "0.1.0";
}
