package vn.thidua.platform.security;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.SecureRandomParameters;
import java.security.SecureRandomSpi;

/**
 * A {@link SecureRandom} whose every thread draws from its own DRBG (NIST SP 800-90A, seeded by the
 * system). The JDK's default on Linux, NativePRNG, makes every thread of the process take one lock for
 * each draw; the CSRF token's mask is drawn on every page, and with 50 sessions at once the request
 * threads spent more time waiting on that lock than rendering the page (bench/README.md, issue 20).
 */
final class PerThreadRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private static final ThreadLocal<SecureRandom> OWN = ThreadLocal.withInitial(PerThreadRandom::drbg);

    PerThreadRandom() {
        super(new Spi(), null);
    }

    // SecureRandom takes a lock of its own around its provider unless the provider says it is thread-safe
    @Override
    public void nextBytes(byte[] bytes) {
        OWN.get().nextBytes(bytes);
    }

    @Override
    public void nextBytes(byte[] bytes, SecureRandomParameters params) {
        OWN.get().nextBytes(bytes, params);
    }

    @Override
    public void reseed() {
        OWN.get().reseed();
    }

    @Override
    public void reseed(SecureRandomParameters params) {
        OWN.get().reseed(params);
    }

    @Override
    public SecureRandomParameters getParameters() {
        return OWN.get().getParameters();
    }

    @Override
    public byte[] generateSeed(int numBytes) {
        return OWN.get().generateSeed(numBytes);
    }

    @Override
    public String getAlgorithm() {
        return "DRBG";
    }

    /** This thread's generator (the tests check that each thread has its own). */
    static SecureRandom ownOf() {
        return OWN.get();
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK since 9 has DRBG", e);
        }
    }

    /** What the base class calls when not through the methods above (setSeed): the thread's own DRBG. */
    private static final class Spi extends SecureRandomSpi {

        private static final long serialVersionUID = 1L;

        @Override
        protected void engineSetSeed(byte[] seed) {
            OWN.get().setSeed(seed);
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            OWN.get().nextBytes(bytes);
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            return OWN.get().generateSeed(numBytes);
        }
    }
}
