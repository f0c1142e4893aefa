package vn.thidua.platform.security;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The Spring Security principal, kept in the session table: the user, the stage reached and
 * whether the second factor was given. It holds no password hash, so the session row holds none.
 */
public record SignedInUser(CurrentUser user, SignInStage stage, boolean totpPassed, Method method)
        implements Serializable {

    /** How the person proved who it is, or that the caller is another system. */
    public enum Method {
        PASSWORD,
        SINGLE_SIGN_ON,
        SERVICE_TOKEN
    }

    Authentication authentication() {
        return new Authentication(this);
    }

    /** An authentication of this principal: only a fully signed-in one carries the role. */
    static final class Authentication extends AbstractAuthenticationToken {

        private static final long serialVersionUID = 1L;

        private final SignedInUser principal;

        Authentication(SignedInUser principal) {
            super(authorities(principal));
            this.principal = principal;
            setAuthenticated(true);
        }

        private static Collection<GrantedAuthority> authorities(SignedInUser principal) {
            List<GrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority(principal.stage().authority()));
            if (principal.stage() == SignInStage.SIGNED_IN) {
                authorities.add(new SimpleGrantedAuthority(
                        "ROLE_" + principal.user().role().name()));
            }
            return authorities;
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public SignedInUser getPrincipal() {
            return principal;
        }

        @Override
        public String getName() {
            return principal.user().username();
        }
    }
}
