package io.clarity.lint;

/**
 * The options of Clarinet's {@code check_checker} pass ({@code [repl.analysis.check_checker]}).
 *
 * @param strict sets every other option to false
 * @param trustedSender after {@code (is-eq tx-sender X)} with X trusted, every input is trusted
 * @param trustedCaller the same after {@code (is-eq contract-caller X)}
 * @param calleeFilter a check inside a private function counts for the arguments its callers pass
 */
public record CheckCheckerSettings(boolean strict, boolean trustedSender, boolean trustedCaller, boolean calleeFilter) {

    /** Clarinet's defaults: every option false. */
    public static final CheckCheckerSettings DEFAULT = new CheckCheckerSettings(false, false, false, false);

    public CheckCheckerSettings {
        if (strict) {
            trustedSender = false;
            trustedCaller = false;
            calleeFilter = false;
        }
    }
}
