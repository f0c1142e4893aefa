package vn.thidua.onboarding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.thidua.onboarding.internal.OnboardingImportStore;
import vn.thidua.platform.security.SecuritySettings;

/**
 * Activation links of an onboarding import wait in the database for the importer's first look at
 * the report; those never looked at are removed once they could no longer be used (every hour, on
 * every instance: the removal is the same wherever it runs).
 */
@Component
record OnboardingLinkExpiry(OnboardingImportStore store, SecuritySettings settings) {

    private static final Logger log = LoggerFactory.getLogger(OnboardingLinkExpiry.class);

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void dropUnreadLinks() {
        int dropped = store.dropLinksOlderThan(settings.activationValidity());
        if (dropped > 0) {
            log.info("Removed the unread activation links of {} onboarding imports", dropped);
        }
    }
}
