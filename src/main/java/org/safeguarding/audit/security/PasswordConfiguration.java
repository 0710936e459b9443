package org.safeguarding.audit.security;

import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed (BCrypt, through Spring Security's delegating encoder, so a stronger
 * algorithm can follow without invalidating stored hashes) and how users are found: from the
 * database only. Defining the user store here also keeps Spring Boot from making its default
 * user with a generated password.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(UserAccounts users) {
		return username -> {
			var account = users.find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
			String hash = users.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
			return User.withUsername(account.username())
				.password(hash)
				.disabled(!account.enabled())
				.authorities(account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority()))
					.collect(Collectors.toList()))
				.build();
		};
	}
}
