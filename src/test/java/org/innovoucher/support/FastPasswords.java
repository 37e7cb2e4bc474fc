package org.innovoucher.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every test world creates a dozen accounts and logs each in; at the production BCrypt cost that
 * alone takes minutes per run. Tests hash at the lowest cost instead; verification is unchanged.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FastPasswords {

	@Bean
	static BeanPostProcessor cheapBcrypt() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof BCryptPasswordEncoder ? (PasswordEncoder) new BCryptPasswordEncoder(4) : bean;
			}
		};
	}
}
