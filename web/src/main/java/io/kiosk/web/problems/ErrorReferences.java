package io.kiosk.web.problems;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A short reference on every error page of a fault of ours (5xx), logged with the fault's stack trace: the page
 * shows a person the reference and nothing of the fault, and whoever helps them finds the fault in the log by it.
 */
@Component
class ErrorReferences extends DefaultErrorAttributes {

    private static final Logger log = LoggerFactory.getLogger(ErrorReferences.class);

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object status = attributes.get("status");
        if (status instanceof Integer code && code >= 500) {
            String reference = Long.toString(ThreadLocalRandom.current().nextLong(0x10000000L, 0xFFFFFFFFFL), 36).toUpperCase();
            attributes.put("reference", reference);
            log.error("error page {} for {} {}", reference, code, attributes.get("path"), getError(request));
        }
        return attributes;
    }
}
