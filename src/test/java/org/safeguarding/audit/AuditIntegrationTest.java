package org.safeguarding.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * An integration test on a real PostgreSQL: the application's embedded one, in a fresh data
 * directory under {@code target/} for each test JVM (contexts are cached and shared), thrown
 * away afterwards, so its commits need not wait for the disk.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "audit.store.data-dir=target/test-postgres/${random.uuid}", "audit.store.durable=false" })
public @interface AuditIntegrationTest {
}
