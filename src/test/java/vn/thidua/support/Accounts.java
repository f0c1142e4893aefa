package vn.thidua.support;

import static vn.thidua.support.Api.json;

import java.net.URI;
import java.util.Map;

/** Accounts as a board or the administrator gives them: created through the API, activated by the person's link. */
public final class Accounts {

    /** A password the policy accepts: long, not common, not the username. */
    public static final String PASSWORD = "Hoa sen nở giữa hồ 2026";

    private Accounts() {}

    /**
     * Asks {@code creator} to create the account; answers the response as it is, refusals included, for the test to
     * check.
     */
    public static Api.Response create(Api creator, String username, String role, Object... scope) {
        Object[] fields = new Object[6 + scope.length];
        fields[0] = "username";
        fields[1] = username;
        fields[2] = "fullName";
        fields[3] = "Người dùng " + username;
        fields[4] = "role";
        fields[5] = role;
        System.arraycopy(scope, 0, fields, 6, scope.length);
        return creator.post("/api/v1/users", json(fields));
    }

    public static String link(Api.Response created) {
        if (created.status() != 201) {
            throw new AssertionError("account not created: " + created.status() + " " + created.body());
        }
        return created.json().get("activationLink").asString();
    }

    /** The person opens its link and sets its password; answers the page the form led to. */
    public static WebSession.Page activate(int port, String link, String password, String confirmation) {
        WebSession browser = new WebSession(port);
        String path = URI.create(link).getPath();
        browser.get(path);
        return browser.postForm(path, Map.of("password", password, "confirmation", confirmation));
    }

    /** Creates and activates an account with {@link #PASSWORD}; answers its id. */
    public static long createActivated(int port, Api creator, String username, String role, Object... scope) {
        Api.Response created = create(creator, username, role, scope);
        WebSession.Page done = activate(port, link(created), PASSWORD, PASSWORD);
        if (done.status() != 302 || !done.location().contains("/login?activated")) {
            throw new AssertionError("activation failed: " + done.status() + " " + done.location());
        }
        return created.json().get("account").get("id").asLong();
    }
}
