package io.kiosk.web.layout;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

import java.time.Duration;

/**
 * Where the browser's files are served from: {@code /webjars/**} (htmx and its SSE extension, from Maven webjars,
 * versionless through webjars-locator-lite) and {@code /css/**}, {@code /js/**}, {@code /images/**} from
 * {@code classpath:/static}, each cached by browsers for an hour.
 *
 * <p>These replace Spring Boot's default mappings ({@code spring.web.resources.add-mappings: false}), whose catch-all
 * {@code /**} made every link a page writes ({@code @{/products/…}}, dozens on a product page) a resource lookup in the
 * application's jar: the URL encoding filter asks the resource chain about any URL a handler pattern matches, and a
 * miss is not cached. That was a third of the product page's time in the page-speed benchmark.
 */
@Configuration(proxyBeanMethods = false)
class Assets implements WebMvcConfigurer {

    private static final CacheControl AN_HOUR = CacheControl.maxAge(Duration.ofHours(1));

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(AN_HOUR).resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        for (String kind : new String[] {"css", "js", "images"}) {
            registry.addResourceHandler("/" + kind + "/**").addResourceLocations("classpath:/static/" + kind + "/")
                    .setCacheControl(AN_HOUR).resourceChain(true);
        }
    }
}
