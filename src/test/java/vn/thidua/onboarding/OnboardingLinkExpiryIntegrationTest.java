package vn.thidua.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.support.IntegrationTest;

/** Activation links nobody looked at are not kept in the database past their validity (72 h). */
@IntegrationTest
class OnboardingLinkExpiryIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OnboardingLinkExpiry expiry;

    @Test
    void unreadLinksGoOnceTheyCouldNoLongerBeUsed() {
        long admin = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'")
                .query(Long.class)
                .single();
        long old = insert(admin, "4 days");
        long recent = insert(admin, "1 hour");

        expiry.dropUnreadLinks();

        assertThat(links(old)).isNull();
        assertThat(links(recent)).as("still usable, still waiting to be read").contains("/activate/");
    }

    private long insert(long user, String age) {
        return jdbc.sql("""
                INSERT INTO onboarding_import (user_id, links, created_at)
                VALUES (:u, '{"Tài khoản:2": "https://thidua.langson.gov.vn/activate/abc"}'::jsonb,
                    now() - CAST(:age AS interval))
                RETURNING id""")
                .param("u", user)
                .param("age", age)
                .query(Long.class)
                .single();
    }

    private String links(long id) {
        return jdbc.sql("SELECT links::text FROM onboarding_import WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .list()
                .get(0);
    }
}
