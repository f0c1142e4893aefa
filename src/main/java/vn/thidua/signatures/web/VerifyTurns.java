package vn.thidua.signatures.web;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;

/**
 * One verification at a time per person (page and API together, in this instance): a script sending
 * many files at once gets them refused, and the few threads that parse PDFs stay free for others.
 */
@Component
class VerifyTurns {

    private final Set<Long> verifying = ConcurrentHashMap.newKeySet();
    private final Checks checks;

    VerifyTurns(Checks checks) {
        this.checks = checks;
    }

    <T> T take(CurrentUser user, Supplier<T> work) {
        if (!verifying.add(user.id())) {
            throw checks.refusal("file", "signature.verify.oneAtATime");
        }
        try {
            return work.get();
        } finally {
            verifying.remove(user.id());
        }
    }
}
