package io.kiosk.security.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** The limits both applications put on what a request may make them read. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(HttpLimits.class)
public class KioskHttpAutoConfiguration {

    /** Right after the character encoding is settled, before Spring Security and anything else reads a body. */
    static final int BODY_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(HttpLimits limits, ObjectProvider<BodyLimit> narrower,
                                                              ObjectMapper json) {
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(limits, narrower.orderedStream().toList(), json));
        registration.setOrder(BODY_LIMIT_ORDER);
        return registration;
    }

    /** Just after the body limit: a body whose declared type no reader can take is not read at all. */
    @Bean
    FilterRegistrationBean<RequestContentType> requestContentType(ObjectMapper json) {
        FilterRegistrationBean<RequestContentType> registration = new FilterRegistrationBean<>(new RequestContentType(json));
        registration.setOrder(BODY_LIMIT_ORDER + 1);
        return registration;
    }
}
