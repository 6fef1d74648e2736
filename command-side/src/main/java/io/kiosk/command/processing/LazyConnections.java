package io.kiosk.command.processing;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * The command side's data source hands a transaction its connection only when the transaction's first statement
 * runs ({@link LazyConnectionDataSourceProxy}), not when it begins. An event processor's unit of work begins its
 * transaction before it handles the event; the provider adapter then waits for a provider, and only the report it
 * sends afterwards touches the database. So no connection of the pool waits on a provider, and the database
 * transaction that stores the report and the processor's token lasts milliseconds, whatever the provider took
 * (which also keeps every transaction far shorter than the event store's gap timeout: see {@code GapSettings}).
 */
@Component
class LazyConnections implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource pool && !(bean instanceof LazyConnectionDataSourceProxy) && "dataSource".equals(beanName)) {
            return new LazyConnectionDataSourceProxy(pool);
        }
        return bean;
    }
}
