package org.loyaltylab.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class or method that takes more than a few seconds (whole model runs,
 * verification against queueing theory, GUI, browser, sweeps, SLURM). {@code ./mvnw -B test}
 * runs them; {@code ./mvnw -B test -Pquick} leaves them out.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface Slow {
}
