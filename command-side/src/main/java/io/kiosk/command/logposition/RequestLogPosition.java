package io.kiosk.command.logposition;

import io.kiosk.eventstore.EventLogPositions;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The log position of the last event a request appended. Commands run on the request's own thread (the
 * local command bus), so the events they publish are noted as the event bus publishes them, in the
 * request's attributes; once the command's transaction has committed, their position is looked up. Events
 * published outside any request (sagas, processors, the demo catalogue) are not noted, and events of a
 * transaction that rolled back are never found, so they give no position.
 */
@Component
public class RequestLogPosition {

    /** The answer header that carries the position. */
    public static final String HEADER = "Kiosk-Position";

    private static final String APPENDED = RequestLogPosition.class.getName() + ".appended";
    private static final String POSITION = RequestLogPosition.class.getName() + ".position";

    private final EventLogPositions positions;

    RequestLogPosition(EventLogPositions positions, EventBus eventBus) {
        this.positions = positions;
        eventBus.registerDispatchInterceptor(noteEventsOfTheRequest());
    }

    /** The position of the request's last appended event, looked up once per request; empty if it appended none. */
    public OptionalLong of(HttpServletRequest request) {
        if (request.getAttribute(POSITION) instanceof Long known) {
            return OptionalLong.of(known);
        }
        if (!(request.getAttribute(APPENDED) instanceof List<?> appended) || appended.isEmpty()) {
            return OptionalLong.empty();
        }
        OptionalLong position = positions.lastOf(appended.stream().map(String.class::cast).toList());
        position.ifPresent(found -> request.setAttribute(POSITION, found));
        return position;
    }

    private static MessageDispatchInterceptor<EventMessage<?>> noteEventsOfTheRequest() {
        return messages -> {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null) {
                @SuppressWarnings("unchecked")
                List<String> appended = (List<String>) request.getAttribute(APPENDED, RequestAttributes.SCOPE_REQUEST);
                if (appended == null) {
                    appended = new ArrayList<>();
                    request.setAttribute(APPENDED, appended, RequestAttributes.SCOPE_REQUEST);
                }
                for (EventMessage<?> message : messages) {
                    appended.add(message.getIdentifier());
                }
                request.removeAttribute(POSITION, RequestAttributes.SCOPE_REQUEST);
            }
            return (index, message) -> message;
        };
    }
}
