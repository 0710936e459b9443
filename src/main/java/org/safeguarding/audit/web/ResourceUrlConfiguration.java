package org.safeguarding.audit.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * No rewriting of the pages' links to versioned resource URLs. Boot adds the filter that does it
 * whenever the webjar locator is present, and it looked every link of a page (a run list has a
 * hundred) up on the classpath as a possible static file on every request: most of the run list's
 * time. The pages link their few static files by plain paths, and webjars are still found without
 * their version by the resource handler itself.
 */
@Configuration(proxyBeanMethods = false)
class ResourceUrlConfiguration {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}
}
