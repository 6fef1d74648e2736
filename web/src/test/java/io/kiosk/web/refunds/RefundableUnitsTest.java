package io.kiosk.web.refunds;

import io.kiosk.client.query.model.OrderStatus;
import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.client.query.model.PaymentProvider;
import io.kiosk.client.query.model.RefundLine;
import io.kiosk.client.query.model.RefundReason;
import io.kiosk.client.query.model.RefundStatus;
import io.kiosk.client.query.model.RefundSummary;
import io.kiosk.web.problems.ApiProblem;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.kiosk.web.orders.OrderExamples.order;
import static io.kiosk.web.orders.OrderExamples.yuan;
import static org.assertj.core.api.Assertions.assertThat;

class RefundableUnitsTest {

    @Test
    void units_under_way_or_refunded_are_not_offered_again_and_those_of_a_refund_that_went_nowhere_are() {
        OrderSummary order = order(OrderStatus.DELIVERED, PaymentProvider.ALIPAY);
        UUID line = order.getLines().get(0).getLineId();
        order.getRefunds().add(refund(line, 1, RefundStatus.AWAITING_RETURN));
        order.getRefunds().add(refund(line, 1, RefundStatus.REJECTED));

        assertThat(RefundableUnits.left(order)).containsEntry(line, 1);
    }

    @Test
    void a_refusal_of_the_second_requested_line_is_said_at_that_line_of_the_form() {
        ApiProblem refused = new ApiProblem(422, "/problems/refund-exceeds-remainder", "only 1 left", "lines[1].quantity",
                List.of(new ApiProblem.FieldFault("lines[1].quantity", "only 1 left")), List.of(), List.of(), Optional.empty());

        ApiProblem onTheForm = RefundableUnits.onFormLines(refused, List.of(0, 2));

        assertThat(onTheForm.field()).isEqualTo("lines[2].quantity");
        assertThat(onTheForm.fieldFaults()).extracting(ApiProblem.FieldFault::field).containsExactly("lines[2].quantity");
        assertThat(onTheForm.type()).isEqualTo("refund-exceeds-remainder");
    }

    private static RefundSummary refund(UUID line, int units, RefundStatus status) {
        return new RefundSummary().refundId(UUID.randomUUID()).status(status).reason(RefundReason.DAMAGED).withReturn(true)
                .requested(yuan("267.90")).requestedAt(OffsetDateTime.now()).updatedAt(OffsetDateTime.now())
                .lines(List.of(new RefundLine().lineId(line).productId("ks-charger-pro").quantity(units).unitPrice(yuan("267.90"))));
    }
}
