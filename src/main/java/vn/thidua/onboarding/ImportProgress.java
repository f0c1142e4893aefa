package vn.thidua.onboarding;

/**
 * How far an import has gone: {@code done} of {@code total} rows. Called on the importing thread,
 * so a page polling from another thread reads what the callback stored.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> {};

    void update(int done, int total);
}
