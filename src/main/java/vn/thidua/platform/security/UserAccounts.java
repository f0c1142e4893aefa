package vn.thidua.platform.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: passwords are stored only as bcrypt hashes. */
@Service
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("""
                SELECT id, username, full_name, role, authority_id, unit_id, council_member_id, password_hash, enabled
                FROM app_user WHERE lower(username) = lower(:username)""")
                .param("username", username)
                .query((rs, n) -> new SignedInUser(
                        new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                                Role.valueOf(rs.getString("role")), rs.getObject("authority_id", Long.class),
                                rs.getObject("unit_id", Long.class), rs.getObject("council_member_id", Long.class)),
                        rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Transactional
    public long create(NewUser user) {
        return jdbc.sql("""
                INSERT INTO app_user (username, password_hash, full_name, role, authority_id, unit_id, council_member_id)
                VALUES (:username, :hash, :fullName, :role, :authorityId, :unitId, :councilMemberId) RETURNING id""")
                .param("username", user.username())
                .param("hash", passwordEncoder.encode(user.password()))
                .param("fullName", user.fullName())
                .param("role", user.role().name())
                .param("authorityId", user.authorityId())
                .param("unitId", user.unitId())
                .param("councilMemberId", user.councilMemberId())
                .query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE lower(username) = lower(:u))").param("u", username)
                .query(Boolean.class).single();
    }

    @Transactional(readOnly = true)
    public boolean anyExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user)").query(Boolean.class).single();
    }

    /** The user of the current request, if signed in. */
    public static Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser signedIn) {
            return Optional.of(signedIn.user());
        }
        return Optional.empty();
    }

    public record NewUser(String username, String password, String fullName, Role role, Long authorityId, Long unitId,
            Long councilMemberId) {
    }
}
