package vn.thidua.rules.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The screening's helper threads: while a job's worker evaluates a chunk, two read the next chunks of
 * histories (each read waits on PostgreSQL most of its time; the job reads as many chunks ahead as there
 * are readers) and one writes the last chunk's results. A national run never takes the web server's threads.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningExecutorConfig {

    @Bean
    ThreadPoolTaskExecutor screeningReader() {
        return threads("screening-reader-", 2);
    }

    @Bean
    ThreadPoolTaskExecutor screeningWriter() {
        return threads("screening-writer-", 1);
    }

    private static ThreadPoolTaskExecutor threads(String prefix, int count) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(count);
        pool.setMaxPoolSize(count);
        pool.setThreadNamePrefix(prefix);
        return pool;
    }
}
