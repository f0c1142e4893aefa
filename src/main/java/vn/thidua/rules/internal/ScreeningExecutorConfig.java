package vn.thidua.rules.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The screening's helper threads: while a job's worker evaluates a chunk, one reads the next chunk of
 * histories and one writes the last chunk's results. A national run never takes the web server's threads.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningExecutorConfig {

    @Bean
    ThreadPoolTaskExecutor screeningReader() {
        return singleThread("screening-reader-");
    }

    @Bean
    ThreadPoolTaskExecutor screeningWriter() {
        return singleThread("screening-writer-");
    }

    private static ThreadPoolTaskExecutor singleThread(String prefix) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(1);
        pool.setMaxPoolSize(1);
        pool.setThreadNamePrefix(prefix);
        return pool;
    }
}
