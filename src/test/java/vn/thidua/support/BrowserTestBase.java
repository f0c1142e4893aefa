package vn.thidua.support;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a test in the browser against the running application starts from: {@link ApplicationTestBase}'s port and
 * blocs, and a {@link Chromium} of its own for each test, quit after it.
 */
public abstract class BrowserTestBase extends ApplicationTestBase {

    @RegisterExtension
    protected final Chromium.PerTest chromium = new Chromium.PerTest();
}
