package vn.thidua.rules.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** One background thread for screenings: a national run must not take the web server's threads. */
@Configuration(proxyBeanMethods = false)
class ScreeningExecutorConfig {

    @Bean
    ThreadPoolTaskExecutor screeningExecutor() {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(1);
        pool.setMaxPoolSize(1);
        pool.setQueueCapacity(100);
        pool.setThreadNamePrefix("screening-");
        return pool;
    }

    /** Writes one chunk's results while the screening thread evaluates the next (in order, one at a time). */
    @Bean
    ThreadPoolTaskExecutor screeningWriter() {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(1);
        pool.setMaxPoolSize(1);
        pool.setThreadNamePrefix("screening-writer-");
        return pool;
    }

    /** Reads the next chunk of histories while the screening thread evaluates the current one. */
    @Bean
    ThreadPoolTaskExecutor screeningReader() {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(1);
        pool.setMaxPoolSize(1);
        pool.setThreadNamePrefix("screening-reader-");
        return pool;
    }
}
