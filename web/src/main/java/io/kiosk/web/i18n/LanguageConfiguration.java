package io.kiosk.web.i18n;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Locale;

/**
 * Which language a page is in: the one the shopper chose with the switch ({@code ?lang=en} on any page, remembered in
 * the {@code kiosk-lang} cookie for a year), else the browser's {@code Accept-Language}, else Chinese.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new ChosenLanguage("kiosk-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> Languages.fromAcceptLanguage(request.getHeader("Accept-Language")));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** Only the shop's languages are ever set: {@code ?lang=fr} (or a forged cookie) means Chinese. */
    private static final class ChosenLanguage extends CookieLocaleResolver {

        ChosenLanguage(String cookieName) {
            super(cookieName);
        }

        @Override
        public void setLocale(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                              Locale locale) {
            super.setLocale(request, response, locale == null ? null : Languages.fromTag(locale.toLanguageTag()));
        }

        @Override
        public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
            return Languages.fromTag(super.resolveLocale(request).toLanguageTag());
        }
    }
}
