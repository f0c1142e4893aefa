package vn.thidua.platform.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The settings of sign-in and the password hash, with or without a web server. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class CredentialsConfig {

    @Bean
    PasswordEncoder passwordEncoder(SecuritySettings settings) {
        return new BCryptPasswordEncoder(settings.bcryptStrength());
    }
}
