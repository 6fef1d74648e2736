package io.kiosk.command.identity;

import io.kiosk.security.Caller;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Map;

/**
 * Every command sent while serving an authenticated request carries its caller's account id in
 * its metadata (key {@value #ACCOUNT_ID}), which is stored with the events it causes: aggregates
 * check ownership with it, and an order's history says who did what.
 */
@Configuration(proxyBeanMethods = false)
public class CallerMetaData {

    public static final String ACCOUNT_ID = "accountId";

    @Autowired
    void stampCommandsWithTheirCaller(CommandBus commandBus) {
        MessageDispatchInterceptor<CommandMessage<?>> stamp = messages -> (index, command) -> withCaller(command);
        commandBus.registerDispatchInterceptor(stamp);
    }

    private static CommandMessage<?> withCaller(CommandMessage<?> command) {
        if (command.getMetaData().containsKey(ACCOUNT_ID)
                || !(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken)) {
            return command;
        }
        return command.andMetaData(Map.of(ACCOUNT_ID, Caller.current().accountId().toString()));
    }
}
