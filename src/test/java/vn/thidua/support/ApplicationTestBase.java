package vn.thidua.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a test against the running application (an {@link IntegrationTest}) starts from: the port that {@link Api},
 * {@link WebSession} and the browser's addresses go to, and the {@link BlocFixture} that makes each test's own blocs.
 */
public abstract class ApplicationTestBase {

    @LocalServerPort
    protected int port;

    @Autowired
    protected BlocFixture fixture;
}
