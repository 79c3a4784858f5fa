package org.anju.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void rules() {
        assertThat(PasswordPolicy.violation("short1", "u")).contains("validation.password.length");
        assertThat(PasswordPolicy.violation("onlyletters", "u")).contains("validation.password.mix");
        assertThat(PasswordPolicy.violation("12345678", "u")).contains("validation.password.mix");
        assertThat(PasswordPolicy.violation("Admin123", "admin123")).contains("validation.password.username");
        assertThat(PasswordPolicy.violation("密码安全2026ab", "admin")).isEmpty();
        assertThat(PasswordPolicy.violation("Demo@2026", "admin")).isEmpty();
        assertThat(PasswordPolicy.violation(null, "admin")).contains("validation.password.length");
    }
}
