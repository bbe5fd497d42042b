package io.clarity.cli.console;

/**
 * The colours of the CLI and the REPL, as Clarinet's: results green, errors red, hints and help
 * yellow, events grey, trace values blue. Without colour every method returns its text unchanged.
 */
public final class Style {

    private static final String RESET = "\u001B[0m";

    private final boolean on;

    public Style(boolean on) {
        this.on = on;
    }

    public String green(String s) {
        return paint("32", s);
    }

    public String red(String s) {
        return paint("31", s);
    }

    public String yellow(String s) {
        return paint("33", s);
    }

    public String grey(String s) {
        return paint("90", s);
    }

    public String blue(String s) {
        return paint("34", s);
    }

    public String bold(String s) {
        return paint("1", s);
    }

    private String paint(String code, String s) {
        return on ? "\u001B[" + code + "m" + s + RESET : s;
    }
}
