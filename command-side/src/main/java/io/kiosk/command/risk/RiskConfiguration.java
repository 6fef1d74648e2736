package io.kiosk.command.risk;

import io.kiosk.command.processing.WithTheCommand;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Currency;
import java.util.List;

/**
 * The rules, from {@code kiosk.payments.risk.*}, in one {@link RiskCheck} that Axon injects into the payment's
 * handlers; and the risk tables kept in the payment command's transaction, whose failure fails the command.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RiskProperties.class)
class RiskConfiguration {

    @Bean
    RiskCheck riskCheck(RiskProperties settings) {
        Currency currency = Currency.getInstance(settings.currency());
        List<RiskRule> rules = List.of(
                new AmountAboveThreshold(settings.amount().action(), settings.amount().threshold(), currency),
                new TooManyAttempts(settings.attempts().action(), settings.attempts().max()),
                new TooManyFailures(settings.failures().action(), settings.failures().max()),
                new NewAccountLargeBasket(settings.newAccount().action(), settings.newAccount().maxAge(),
                        settings.newAccount().threshold(), currency),
                new DeliveryRegionMismatch(settings.regionMismatch().action(), settings.regionMismatch().places()));
        return new RuleBasedRiskCheck(rules);
    }

    @Autowired
    void keepTheRiskTablesWithThePaymentEvents(EventProcessingConfigurer processing) {
        WithTheCommand.handle(processing, PaymentActivity.PROCESSING_GROUP);
    }
}
