package io.kiosk.eventstore;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;

/**
 * The pool's connections, which say that they were lost the way JDBC says it: with an SQL state. When PostgreSQL
 * goes away under a transaction, the pool (HikariCP) evicts the connection at its first failure (SQL state class 08)
 * and closes it; the transaction's next call on it then fails with a bare {@code SQLException} without an SQL state.
 * Such a failure of a connection that is closed becomes an {@link SQLRecoverableException} with state
 * {@value #CONNECTION_DOES_NOT_EXIST} (connection does not exist), so that outages are told by exception types and
 * SQL states alone ({@code TransientFailures}, the 503 {@code store-unavailable} answers), never by a message's words.
 * Any other failure passes unchanged.
 */
final class ClosedConnectionStates extends DelegatingDataSource {

    static final String CONNECTION_DOES_NOT_EXIST = "08003";

    ClosedConnectionStates(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return stated(obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return stated(obtainTargetDataSource().getConnection(username, password));
    }

    private static Connection stated(Connection connection) {
        return (Connection) Proxy.newProxyInstance(ClosedConnectionStates.class.getClassLoader(),
                new Class<?>[]{Connection.class}, new Stated(connection));
    }

    private record Stated(Connection connection) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            switch (method.getName()) {
                case "equals":
                    return proxy == arguments[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "stated " + connection;
                default:
                    break;
            }
            try {
                return method.invoke(connection, arguments);
            } catch (InvocationTargetException failed) {
                throw stated(failed.getCause());
            }
        }

        private Throwable stated(Throwable failure) {
            if (failure instanceof SQLException sql && sql.getSQLState() == null && closed()) {
                return new SQLRecoverableException("the connection was lost: " + sql.getMessage(), CONNECTION_DOES_NOT_EXIST, sql);
            }
            return failure;
        }

        private boolean closed() {
            try {
                return connection.isClosed();
            } catch (SQLException unknown) {
                return false;
            }
        }
    }
}
