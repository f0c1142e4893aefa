package vn.thidua.platform.security;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address, on top of the per-account lock: one address trying many
 * accounts (password spraying) is refused for the rest of the window. Kept in memory, so each
 * instance counts its own requests; the account lock, in the database, is what all instances share.
 */
@Component
class AddressThrottle {

    private static final int MAX_ADDRESSES = 100_000;

    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
    private final SecurityMode mode;
    private final Clock clock;

    AddressThrottle(SecurityMode mode, Clock clock) {
        this.mode = mode;
        this.clock = clock;
    }

    boolean blocked(String address) {
        Deque<Long> times = failures.get(key(address));
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times);
            return times.size() >= mode.settings().addressFailures();
        }
    }

    void failed(String address) {
        if (failures.size() >= MAX_ADDRESSES) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    prune(times);
                    return times.isEmpty();
                }
            });
        }
        Deque<Long> times = failures.computeIfAbsent(key(address), a -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.millis());
        }
    }

    private void prune(Deque<Long> times) {
        long since = clock.millis() - mode.settings().addressWindow().toMillis();
        while (!times.isEmpty() && times.peekFirst() < since) {
            times.removeFirst();
        }
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
