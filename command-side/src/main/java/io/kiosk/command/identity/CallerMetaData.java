package io.kiosk.command.identity;

import io.kiosk.security.Caller;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Map;

/**
 * Every command sent while serving an authenticated request carries its caller's account id in
 * its metadata (key {@value #ACCOUNT_ID}), which is stored with the events it causes: aggregates
 * check ownership with it, and an order's history says who did what. Commands no person sent
 * (loading the demo catalogue at start) name Kiosk itself: {@link #SYSTEM_ACCOUNT}.
 */
@Configuration(proxyBeanMethods = false)
public class CallerMetaData {

    public static final String ACCOUNT_ID = "accountId";

    /** The account id of Kiosk itself; no login can ever have it (account ids are random UUIDs). */
    public static final String SYSTEM_ACCOUNT = "00000000-0000-0000-0000-000000000000";

    /** The metadata of a command Kiosk sends on its own behalf, outside any request. */
    public static MetaData bySystem() {
        return MetaData.with(ACCOUNT_ID, SYSTEM_ACCOUNT);
    }

    @Autowired
    void stampCommandsWithTheirCaller(CommandBus commandBus) {
        MessageDispatchInterceptor<CommandMessage<?>> stamp = messages -> (index, command) -> withCaller(command);
        commandBus.registerDispatchInterceptor(stamp);
    }

    /**
     * Copies the caller from each command to the events it causes (and to the commands sent while
     * handling it), so the event store says who did what. Declaring it replaces Axon's default
     * provider, so that one (trace and correlation ids) is declared again beside it. Static: Axon's
     * configuration needs them before the command bus this class intercepts exists.
     */
    @Bean
    static CorrelationDataProvider callerGoesWithTheEvents() {
        return new SimpleCorrelationDataProvider(ACCOUNT_ID);
    }

    @Bean
    static CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    private static CommandMessage<?> withCaller(CommandMessage<?> command) {
        if (command.getMetaData().containsKey(ACCOUNT_ID)
                || !(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken)) {
            return command;
        }
        return command.andMetaData(Map.of(ACCOUNT_ID, Caller.current().accountId().toString()));
    }
}
