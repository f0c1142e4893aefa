package vn.thidua.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.thidua.platform.db.DatabaseOutage;

/**
 * Two doors. /api/v1 is for other systems: a service account's bearer token (and HTTP Basic for
 * people where it is switched on), JSON only, no session and therefore no CSRF token to fetch.
 * Everything else is the browser application: form login or single sign-on, then the second factor
 * and a forced new password where due ({@link SignInStage}), a session kept in PostgreSQL, CSRF on.
 */
@Configuration(proxyBeanMethods = false)
// the filter chains need a web server; the audit-verify command runs without one
@ConditionalOnWebApplication
class SecurityConfig {

    /** Passwords only, without a parent manager: each failure reaches {@link PasswordSignIn} once. */
    @Bean
    AuthenticationManager authenticationManager(PasswordSignIn passwordSignIn) {
        return new ProviderManager(passwordSignIn);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ProblemAuthenticationHandlers problems,
            SecurityMode mode,
            ServiceTokens tokens,
            AuthenticationManager authenticationManager)
            throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(SignInStage.SIGNED_IN.authority()))
                .addFilterBefore(new ForeignOriginFilter(mode, problems), SecurityContextHolderFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        if (mode.httpBasic()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            SecurityMode mode,
            PasswordSignIn passwordSignIn,
            SignInSteps steps,
            ObjectProvider<SingleSignOn> singleSignOn)
            throws Exception {
        SingleSignOn sso = singleSignOn.getIfAvailable();
        http.authenticationManager(
                        sso == null
                                ? new ProviderManager(passwordSignIn)
                                : new ProviderManager(passwordSignIn, sso.authenticationProvider()))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/activate/**",
                                "/public/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**")
                        .permitAll()
                        // the rest of Actuator (metrics, info, the health's details) for the administrator only
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/login/totp")
                        .hasAuthority(SignInStage.TOTP.authority())
                        .requestMatchers("/account/password")
                        .hasAnyAuthority(SignInStage.PASSWORD_CHANGE.authority(), SignInStage.SIGNED_IN.authority())
                        .requestMatchers("/account/two-factor", "/account/two-factor/**")
                        .hasAnyAuthority(SignInStage.TOTP_ENROL.authority(), SignInStage.SIGNED_IN.authority())
                        .anyRequest()
                        .hasAuthority(SignInStage.SIGNED_IN.authority()))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(steps)
                        .failureHandler(new SignInFailure())
                        .permitAll())
                .exceptionHandling(ex -> ex.accessDeniedHandler(new StageRedirect()))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(maskedCsrfTokens()))
                .addFilterBefore(new SessionLifetimeFilter(mode), AnonymousAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // no Referer: an activation link's token never leaves in one
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; "
                                        + "form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        if (mode.httpBasic()) {
            // lets a script read /v3/api-docs with the same credentials it uses for /api/v1
            http.httpBasic(basic -> {});
        }
        if (sso != null) {
            sso.configure(http, steps);
        }
        return http.build();
    }

    /**
     * Spring Security's default: the token written in each page masked with fresh random bytes (so that a
     * compressed page does not leak it, BREACH), drawn from a random source that does not make every
     * request thread queue on one lock.
     */
    private static XorCsrfTokenRequestAttributeHandler maskedCsrfTokens() {
        var handler = new XorCsrfTokenRequestAttributeHandler();
        handler.setSecureRandom(new PerThreadRandom());
        return handler;
    }

    /**
     * A wrong password goes back to the form; a password that could not be checked because the
     * database is unreachable goes on as an error, which the outage filter answers 503.
     */
    private static final class SignInFailure extends SimpleUrlAuthenticationFailureHandler {

        SignInFailure() {
            super("/login?error");
        }

        @Override
        public void onAuthenticationFailure(
                HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
                throws IOException, ServletException {
            if (DatabaseOutage.causes(failure)) {
                throw new ServletException("database unreachable while signing in", failure);
            }
            super.onAuthenticationFailure(request, response, failure);
        }
    }

    /** A person half-way through signing in is sent to its next step rather than shown a 403. */
    private static final class StageRedirect implements AccessDeniedHandler {

        private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
                throws IOException, ServletException {
            var principal = UserAccounts.principal();
            if (principal.isPresent() && principal.get().stage() != SignInStage.SIGNED_IN) {
                response.sendRedirect(request.getContextPath()
                        + SignInSteps.pageOf(principal.get().stage()));
                return;
            }
            forbidden.handle(request, response, denied);
        }
    }
}
