package vn.thidua.support;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Counts the SQL statements one HTTP request sends to PostgreSQL, in tests: a request carrying the header
 * {@value #HEADER} has every statement executed on its thread (the page's own queries, the session's read
 * and write, the security chain's) counted under the header's value. The application's data source is
 * wrapped for this; connections and statements unwrap to the driver's as before (COPY still works).
 */
public final class QueryCounter {

    public static final String HEADER = "X-Test-Count-Queries";

    private static final ThreadLocal<String> COUNTING = new ThreadLocal<>();
    private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> STATEMENTS = new ConcurrentHashMap<>();

    private QueryCounter() {}

    /** The statements counted under this key so far (0 if none). */
    public static int count(String key) {
        AtomicInteger count = COUNTS.get(key);
        return count == null ? 0 : count.get();
    }

    /** The statements counted under this key, their SQL shortened, in order: to see what a page asks. */
    public static List<String> statements(String key) {
        return STATEMENTS.getOrDefault(key, List.of());
    }

    private static void executed(String sql) {
        String key = COUNTING.get();
        if (key != null) {
            COUNTS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            String oneLine = sql == null ? "?" : sql.replaceAll("\\s+", " ").trim();
            STATEMENTS
                    .computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? wrap(dataSource, DataSource.class) : bean;
                }
            };
        }

        /** Outside every other filter, the session's repository included: its statements count too. */
        @Bean
        FilterRegistrationBean<Filter> queryCountingFilter() {
            Filter filter = (request, response, chain) -> {
                String key = request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null;
                if (key == null) {
                    chain.doFilter(request, response);
                    return;
                }
                COUNTING.set(key);
                try {
                    chain.doFilter(request, response);
                } finally {
                    COUNTING.remove();
                }
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T wrap(T target, Class<T> type) {
        return wrap(target, type, null);
    }

    @SuppressWarnings("unchecked")
    static <T> T wrap(T target, Class<T> type, String sql) {
        return (T) Proxy.newProxyInstance(
                QueryCounter.class.getClassLoader(), new Class<?>[] {type}, new Handler(target, sql));
    }

    private record Handler(Object target, String sql) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("unwrap") && args[0] instanceof Class<?> wanted && wanted.isInstance(proxy)) {
                return proxy;
            }
            if (name.equals("equals")) {
                return proxy == args[0];
            }
            if (name.equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            if (name.startsWith("execute") && target instanceof Statement) {
                executed(args != null && args.length > 0 && args[0] instanceof String text ? text : sql);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Connection connection && target instanceof DataSource) {
                return wrap(connection, Connection.class);
            }
            if (target instanceof Connection) {
                String text = args != null && args.length > 0 && args[0] instanceof String given ? given : null;
                if (result instanceof CallableStatement statement) {
                    return wrap(statement, CallableStatement.class, text);
                }
                if (result instanceof PreparedStatement statement) {
                    return wrap(statement, PreparedStatement.class, text);
                }
                if (result instanceof Statement statement) {
                    return wrap(statement, Statement.class);
                }
            }
            return result;
        }
    }
}
