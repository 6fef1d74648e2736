package io.kiosk.launcher.browser;

import io.kiosk.launcher.KioskSystem;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Marks a browser test class: it runs against the whole running system (a {@link KioskSystem} parameter, started once
 * for every system test) when Debian's Chromium is installed, and is skipped with one line saying how to install it
 * when it is not.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({BrowserSuite.WhenChromiumIsThere.class, io.kiosk.launcher.KioskExtension.class})
public @interface BrowserSuite {

    /** Runs the class when Chromium is there; else skips it, saying why once per run on the console too. */
    final class WhenChromiumIsThere implements ExecutionCondition {

        private static final AtomicBoolean SAID = new AtomicBoolean();

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<String> missing = Chromium.missing();
            if (missing.isEmpty()) {
                return ConditionEvaluationResult.enabled("Chromium is installed");
            }
            if (SAID.compareAndSet(false, true)) {
                System.err.println(missing.get());
            }
            return ConditionEvaluationResult.disabled(missing.get());
        }
    }
}
