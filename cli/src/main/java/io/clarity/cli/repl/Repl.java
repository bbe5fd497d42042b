package io.clarity.cli.repl;

/**
 * The read-eval-print loop: takes whole inputs from a {@link LineSource} and hands them to the
 * {@link ReplSession}. As in Clarinet's console, Ctrl-C drops what is being typed and a second
 * Ctrl-C in a row quits; Ctrl-D (the end of input) quits; an input that closes a bracket with the
 * wrong kind is refused with Clarinet's message.
 */
public final class Repl {

    private Repl() {
    }

    /** Where inputs come from: a terminal with line editing, or plain lines (a pipe, a test). */
    public interface LineSource {
        /**
         * The next input, every bracket closed (or closed wrongly), or null at the end of input.
         *
         * @throws Interrupted when the user pressed Ctrl-C
         */
        String next() throws Interrupted;

        /** The next input after showing {@code prompt} where there is one (the debugger's). */
        default String next(String prompt) throws Interrupted {
            return next();
        }
    }

    /** Ctrl-C. */
    public static final class Interrupted extends Exception {
        private static final long serialVersionUID = 1L;

        public Interrupted() {
            super(null, null, false, false);
        }
    }

    /** Runs inputs from {@code source} until the end of input, two Ctrl-C or {@code ::quit}. */
    public static void run(ReplSession session, LineSource source) {
        session.input(source);
        int interrupts = 0;
        while (!session.quitRequested()) {
            String input;
            try {
                input = source.next();
            } catch (Interrupted e) {
                if (++interrupts >= 2) {
                    return;
                }
                session.hint("Hit CTRL-C a second time to quit.");
                session.out().flush();
                continue;
            }
            if (input == null) {
                return;
            }
            interrupts = 0;
            if (InputState.of(input) instanceof InputState.Mismatch m) {
                session.error(m.message());
                session.out().flush();
                continue;
            }
            session.handle(input);
        }
    }
}
