package vn.thidua.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The CSRF mask's random source: each thread its own DRBG, never the same bytes twice. */
class PerThreadRandomTest {

    @Test
    void drawsFreshBytesOnEveryCallAndEveryThreadWithoutSharingAGenerator() throws Exception {
        PerThreadRandom random = new PerThreadRandom();
        Set<String> drawn = ConcurrentHashMap.newKeySet();
        Set<Object> generators = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        CountDownLatch done = new CountDownLatch(8);
        for (int t = 0; t < 8; t++) {
            new Thread(() -> {
                        for (int i = 0; i < 500; i++) {
                            byte[] bytes = new byte[32];
                            random.nextBytes(bytes);
                            drawn.add(HexFormat.of().formatHex(bytes));
                        }
                        generators.add(PerThreadRandom.ownOf());
                        done.countDown();
                    })
                    .start();
        }
        done.await();

        assertThat(drawn).as("4,000 draws of 32 bytes, all different").hasSize(4000);
        assertThat(generators).as("one generator a thread").hasSize(8);
        assertThat(random.getAlgorithm()).isEqualTo("DRBG");
        assertThat(PerThreadRandom.ownOf().getAlgorithm()).isEqualTo("DRBG");
    }

    @Test
    void theNumbersDerivedFromItAreSpreadLikeAnyRandomSource() {
        PerThreadRandom random = new PerThreadRandom();
        Set<Integer> values = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            values.add(random.nextInt(100));
        }
        // a value of 0..99 missing from 5,000 fair draws: about one chance in 10^20
        assertThat(values).as("every value of 0..99 drawn in 5,000 draws").hasSize(100);
    }
}
