package vn.thidua.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongSentence() {
        assertThat(policy.problems("binh.taichinh", "Hoa sen nở giữa hồ 2026")).isEmpty();
    }

    @Test
    void refusesShortCommonRepeatedOrNamedPasswords() {
        assertThat(policy.problems("binh", "ngan")).containsExactly("password.tooShort");
        assertThat(policy.problems("binh", "Mat.Khau-123456")).containsExactly("password.common");
        assertThat(policy.problems("binh", "aaaaaaaaaaaa")).containsExactly("password.common");
        assertThat(policy.problems("binh.taichinh", "binh.taichinh-2026")).containsExactly("password.containsUsername");
        assertThat(policy.problems("binh", "")).containsExactly("password.required");
    }
}
