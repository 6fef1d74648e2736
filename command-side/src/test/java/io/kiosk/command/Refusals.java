package io.kiosk.command;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches the {@link RuleViolation} an aggregate test expects, by its kind and stable type. */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<RuleViolation> refusal(RuleViolation.Kind kind, String type) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.kind() == kind && violation.type().equals(type);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " refusal of type " + type);
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description mismatch) {
                mismatch.appendText("was a " + violation.kind() + " refusal of type " + violation.type()
                        + ": " + violation.getMessage());
            }
        };
    }
}
