package org.safeguarding.audit.scale;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when {@code audit.scale-out.workers} is above 0. A value that is not a number is left to
 * {@link ScaleOutProperties}, whose binding names the setting and its value.
 */
class ManagerCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		try {
			return Binder.get(context.getEnvironment()).bind("audit.scale-out.workers", Integer.class).orElse(0) > 0;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}
}
