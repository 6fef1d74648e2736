package io.kiosk.eventstore;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonServerBusAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.TimeUnit;

/**
 * The event store that both applications' processors tail, when events live in PostgreSQL (not with the
 * {@code axonserver} profile, whose server pushes new events itself). In place of Axon's default it makes a
 * {@link WakeableEventStore} and, unless {@code kiosk.event-store.listen-for-appends} is off, an
 * {@link EventAppendListener} that wakes it when another process appends: the query side then follows the
 * command side within milliseconds instead of within Axon's polling delay.
 */
@AutoConfiguration(after = {JdbcAutoConfiguration.class, AxonServerBusAutoConfiguration.class},
        before = AxonAutoConfiguration.class)
public class KioskEventStreamAutoConfiguration {

    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    @ConditionalOnMissingBean(EventBus.class)
    @ConditionalOnBean(EventStorageEngine.class)
    WakeableEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                  EventStoreProperties properties) {
        WakeableEventStore.Builder builder = WakeableEventStore.builder();
        builder.storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(properties.pollInterval().toMillis())
                .timeUnit(TimeUnit.MILLISECONDS);
        return builder.build();
    }

    @Bean
    @ConditionalOnBean(WakeableEventStore.class)
    @ConditionalOnProperty(name = "kiosk.event-store.listen-for-appends", havingValue = "true", matchIfMissing = true)
    EventAppendListener eventAppendListener(DataSourceProperties dataSource, EventStoreProperties properties,
                                            WakeableEventStore eventStore) {
        return new EventAppendListener(dataSource.determineUrl(), dataSource.determineUsername(),
                dataSource.determinePassword(), properties.schema(), eventStore::eventsAppendedElsewhere);
    }
}
