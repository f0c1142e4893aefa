package vn.thidua.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The session table on PostgreSQL. A session attribute that an upgrade can no longer read (a class
 * of the framework changed between releases) is dropped rather than answered with an error page:
 * its person signs in again, everyone else carries on.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    private static final Logger log = LoggerFactory.getLogger(SessionStoreConfig.class);

    /** Attributes written with INSERT … ON CONFLICT: two requests of one session at once do not collide. */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessions() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** The session's access time written once a minute rather than on every request (SessionAccessTimes). */
    @Bean
    static BeanPostProcessor sessionAccessTimes() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository sessions ? new SessionAccessTimes(sessions) : bean;
            }
        };
    }

    /** Just outside Spring Session's filter (MIN_VALUE + 50): the span of a request for SessionAccessTimes. */
    @Bean
    FilterRegistrationBean<SessionAccessTimes.RequestScope> sessionRequestScope() {
        var registration = new FilterRegistrationBean<>(new SessionAccessTimes.RequestScope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    @Bean("springSessionConversionService")
    ConversionService springSessionConversionService() {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        DeserializingConverter read = new DeserializingConverter(SessionStoreConfig.class.getClassLoader());
        conversions.addConverter(byte[].class, Object.class, (Converter<byte[], Object>) bytes -> {
            try {
                return read.convert(bytes);
            } catch (RuntimeException unreadable) {
                log.info("A session attribute written by another release was dropped: {}", unreadable.getMessage());
                return null;
            }
        });
        return conversions;
    }
}
