package vn.thidua.onboarding.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.thidua.onboarding.OnboardingReport;
import vn.thidua.onboarding.OnboardingService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Refused;
import vn.thidua.platform.validation.Violation;

/**
 * Imports started from the page, one at a time on their own thread, each read back by its page
 * every second until done. Kept in this instance's memory for an hour and shown only to whoever
 * started it; database-backed jobs (platform.jobs) are to take this over.
 */
@Component
class OnboardingRuns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OnboardingRuns.class);
    private static final Duration KEPT = Duration.ofHours(1);

    private final OnboardingService service;
    private final Messages messages;
    private final Clock clock;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private final Map<String, ImportRun> runs = new ConcurrentHashMap<>();

    OnboardingRuns(OnboardingService service, Messages messages, Clock clock) {
        this.service = service;
        this.messages = messages;
        this.clock = clock;
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("onboarding-");
        executor.initialize();
    }

    ImportRun start(CurrentUser user, byte[] workbook) {
        runs.values().removeIf(r -> r.finished() && r.started().plus(KEPT).isBefore(clock.instant()));
        ImportRun run = new ImportRun(UUID.randomUUID().toString(), user.id(), clock.instant());
        runs.put(run.id(), run);
        executor.execute(() -> {
            OnboardingReport report = null;
            List<String> errors = List.of();
            try {
                report = service.importWorkbook(user, workbook, run::progress);
            } catch (InvalidInputException e) {
                errors = e.violations().stream().map(Violation::message).toList();
            } catch (Refused e) {
                errors = List.of(e.getMessage());
            } catch (AccessDeniedException e) {
                errors = List.of(messages.get("onboarding.row.refused"));
            } catch (RuntimeException e) {
                log.error("Onboarding import {} failed", run.id(), e);
                errors = List.of(messages.get("onboarding.run.failed"));
            } finally {
                run.finish(report, errors);
            }
        });
        return run;
    }

    Optional<ImportRun> get(CurrentUser user, String id) {
        return Optional.ofNullable(runs.get(id)).filter(r -> r.userId() == user.id());
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
