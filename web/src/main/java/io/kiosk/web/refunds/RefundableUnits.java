package io.kiosk.web.refunds;

import io.kiosk.client.query.model.OrderLine;
import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.client.query.model.RefundLine;
import io.kiosk.client.query.model.RefundStatus;
import io.kiosk.client.query.model.RefundSummary;
import io.kiosk.web.problems.ApiProblem;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many units of each order line can still be refunded: the line's quantity less the units of its refunds that
 * are under way or done (a refund rejected, withdrawn or whose return was refused or never came holds none). The
 * command API keeps the same count and refuses more ({@code refund-exceeds-remainder}); the form offers no more.
 */
final class RefundableUnits {

    private static final Set<RefundStatus> HOLDING_NONE = EnumSet.of(RefundStatus.REJECTED, RefundStatus.WITHDRAWN,
            RefundStatus.RETURN_REFUSED, RefundStatus.RETURN_EXPIRED);
    private static final Pattern REQUEST_LINE = Pattern.compile("^lines\\[(\\d+)](.*)$");

    private RefundableUnits() {
    }

    /** Each line's units left to refund, by line id, in the order's order. */
    static Map<UUID, Integer> left(OrderSummary order) {
        Map<UUID, Integer> left = new LinkedHashMap<>();
        for (OrderLine line : order.getLines()) {
            left.put(line.getLineId(), line.getQuantity());
        }
        for (RefundSummary refund : order.getRefunds()) {
            if (HOLDING_NONE.contains(refund.getStatus())) {
                continue;
            }
            for (RefundLine line : refund.getLines()) {
                left.computeIfPresent(line.getLineId(), (id, units) -> Math.max(0, units - line.getQuantity()));
            }
        }
        return left;
    }

    static Optional<UUID> lineId(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notOne) {
            return Optional.empty();
        }
    }

    /**
     * The refusal with its {@code lines[i]} faults renamed to the form's lines: the request lists only the chosen lines,
     * the form every line of the order ({@code formIndexOfLine} maps one to the other).
     */
    static ApiProblem onFormLines(ApiProblem problem, List<Integer> formIndexOfLine) {
        List<ApiProblem.FieldFault> faults = problem.fieldFaults().stream()
                .map(fault -> new ApiProblem.FieldFault(formField(fault.field(), formIndexOfLine), fault.message(), fault.conflicting()))
                .toList();
        return new ApiProblem(problem.status(), problem.type(), problem.detail(), formField(problem.field(), formIndexOfLine),
                faults, problem.conflicting(), problem.allowed(), problem.currentUnitPrice());
    }

    private static String formField(String field, List<Integer> formIndexOfLine) {
        if (field == null) {
            return null;
        }
        Matcher line = REQUEST_LINE.matcher(field);
        if (!line.matches()) {
            return field;
        }
        int index = Integer.parseInt(line.group(1));
        return index < formIndexOfLine.size() ? "lines[" + formIndexOfLine.get(index) + "]" + line.group(2) : field;
    }
}
