package io.kiosk.query.customer;

import io.kiosk.api.customer.CustomerProfile;
import io.kiosk.api.customer.FindCustomerProfile;
import io.kiosk.projections.customer.CustomerProfileProjection;
import io.kiosk.query.problems.NotFound;
import io.kiosk.query.readyourwrites.ReadsFrom;
import io.kiosk.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's own profile, from the customer profile read model. There is no profile by id: the
 * account comes from the access token, so no one can ask for anyone else's.
 */
@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customers")
class CustomerProfileController {

    private final QueryGateway queries;

    CustomerProfileController(QueryGateway queries) {
        this.queries = queries;
    }

    @ReadsFrom(CustomerProfileProjection.PROCESSING_GROUP)
    @GetMapping("/me")
    @Operation(operationId = "getMyProfile", summary = "Your profile: contact details, the language Kiosk's mails to you are written in, delivery addresses "
            + "and saved payment methods (never their provider tokens)")
    CustomerProfile me() {
        return queries.query(new FindCustomerProfile(Caller.current().accountId()),
                        ResponseTypes.optionalInstanceOf(CustomerProfile.class))
                .join()
                .orElseThrow(() -> new NotFound("your profile does not exist (or is not visible yet)"));
    }
}
