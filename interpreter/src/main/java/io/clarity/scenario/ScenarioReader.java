package io.clarity.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits scenario text into steps, with the oracle's rules: blank lines and lines starting with
 * {@code #} are skipped, {@code ;;} starts a comment outside string literals, and a step ending in
 * {@code <<TAG} takes the following lines up to a line {@code TAG} as its body.
 */
public final class ScenarioReader {

    private static final Pattern HEREDOC = Pattern.compile("\\s*<<\\s*([A-Za-z_][A-Za-z0-9_]*)$");
    private static final Pattern COMMENT_LINE = Pattern.compile("^\\s*#");

    private ScenarioReader() {
    }

    public static List<Step> read(String text) {
        String[] lines = text.split("\\r?\\n", -1);
        List<Step> steps = new ArrayList<>();
        for (int n = 0; n < lines.length; n++) {
            String raw = lines[n];
            if (COMMENT_LINE.matcher(raw).find()) {
                continue;
            }
            String t = stripComment(raw).strip();
            if (t.isEmpty()) {
                continue;
            }
            int lineNumber = n + 1;
            Matcher h = HEREDOC.matcher(t);
            if (!h.find()) {
                steps.add(new Step(lineNumber, t, null, t, null));
                continue;
            }
            String tag = h.group(1);
            String stepText = t.substring(0, h.start()).strip();
            List<String> body = new ArrayList<>();
            boolean closed = false;
            for (n = n + 1; n < lines.length; n++) {
                if (lines[n].strip().equals(tag)) {
                    closed = true;
                    break;
                }
                body.add(lines[n]);
            }
            StringBuilder echo = new StringBuilder(stepText);
            for (String b : body) {
                String s = b.strip();
                if (!s.isEmpty()) {
                    echo.append(' ').append(s);
                }
            }
            steps.add(new Step(lineNumber, stepText, String.join("\n", body), echo.toString(), closed ? null : tag));
        }
        return steps;
    }

    /** Removes a {@code ;;} comment that lies outside string literals. */
    static String stripComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == ';' && i + 1 < line.length() && line.charAt(i + 1) == ';') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
