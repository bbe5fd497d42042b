package io.clarity.vocabulary;

/**
 * The reference's rules for Clarity names: which spellings are names and how long a name may
 * be. The parser, the consensus codec and the facade all check names, so the rules sit here,
 * below all of them.
 */
public final class Names {

    /** Names (of functions, variables, traits, ...) are at most this long. */
    public static final int MAX_NAME_LENGTH = 128;
    /** Contract names in principal literals are at most this long. */
    public static final int MAX_CONTRACT_NAME_LENGTH = 40;

    private Names() {
    }

    /** Whether {@code name} is a legal Clarity name. */
    public static boolean isValidName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return false;
        }
        if (name.equals("+") || name.equals("-") || name.equals("*") || name.equals("/")
                || name.equals("<") || name.equals("<=") || name.equals(">") || name.equals(">=")
                || name.equals("=")) {
            return true;
        }
        char first = name.charAt(0);
        if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-_!?+<>=/*".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
