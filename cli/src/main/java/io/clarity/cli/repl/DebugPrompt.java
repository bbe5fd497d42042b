package io.clarity.cli.repl;

import io.clarity.cli.console.Style;
import io.clarity.debug.Breakpoint;
import io.clarity.debug.Debugger;
import io.clarity.debug.Driver;
import io.clarity.debug.Frame;
import io.clarity.debug.Resume;
import io.clarity.error.ClarityError;
import io.clarity.value.Value;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * The prompt of {@code ::debug}: at each pause it shows where the code stands (the place, the
 * source line with a caret under the expression) and reads commands, with Clarinet's debugger
 * names and one- or two-letter aliases, until one of them resumes the code.
 */
final class DebugPrompt implements Driver {

    static final String PROMPT = "(debug) ";

    private static final List<String[]> HELP = List.of(
            new String[] {"s, step", "step into the next expression (sub-expressions and called functions)"},
            new String[] {"n, next", "go to the next expression at this depth or above (step over)"},
            new String[] {"f, finish", "run the current expression to its end and show its value"},
            new String[] {"o, out", "run the current function to its end, stop in its caller"},
            new String[] {"c, continue", "run to the next breakpoint or watch"},
            new String[] {"b, break [C:LINE | FN | C.FN]", "set a breakpoint at a line or on a function; alone, list them"},
            new String[] {"w, watch VAR | C.VAR | MAP", "stop after each write of a data var or any entry of a map"},
            new String[] {"d, delete [N]", "delete breakpoint N (alone: all of them)"},
            new String[] {"p, print [EXPR]", "evaluate EXPR in this frame, read-only; alone, print the locals"},
            new String[] {"l, locals", "print the locals"},
            new String[] {"bt, backtrace", "the active functions, innermost first"},
            new String[] {"q, quit", "run to the end without stopping"},
            new String[] {"h, help", "this help"});

    private final ReplSession session;
    private final Debugger debugger;

    DebugPrompt(ReplSession session, Debugger debugger) {
        this.session = session;
        this.debugger = debugger;
    }

    private PrintWriter out() {
        return session.out();
    }

    private Style style() {
        return session.style();
    }

    @Override
    public Resume paused(Frame frame) {
        show(frame);
        while (true) {
            out().flush();
            String line;
            try {
                line = session.input().next(PROMPT);
            } catch (Repl.Interrupted e) {
                return Resume.DETACH;
            }
            if (line == null) {
                return Resume.DETACH;
            }
            String text = line.strip();
            int space = text.indexOf(' ');
            String name = space < 0 ? text : text.substring(0, space);
            String args = space < 0 ? "" : text.substring(space + 1).strip();
            Resume resume = command(name, args, frame);
            if (resume != null) {
                return resume;
            }
        }
    }

    /** Runs one command; returns how to resume, or null to stay at the prompt. */
    private Resume command(String name, String args, Frame frame) {
        try {
            return run(name, args, frame);
        } catch (IllegalArgumentException e) {
            session.error(e.getMessage());
            return null;
        }
    }

    private Resume run(String name, String args, Frame frame) {
        switch (name) {
            case "s", "step" -> {
                return Resume.STEP;
            }
            case "n", "next" -> {
                return Resume.NEXT;
            }
            case "f", "finish" -> {
                return Resume.FINISH;
            }
            case "o", "out" -> {
                return Resume.OUT;
            }
            case "c", "continue" -> {
                return Resume.CONTINUE;
            }
            case "q", "quit" -> {
                return Resume.DETACH;
            }
            case "b", "break" -> breakpoint(args);
            case "w", "watch" -> watch(args);
            case "d", "delete" -> delete(args);
            case "p", "print" -> print(args, frame);
            case "l", "locals" -> locals(frame);
            case "bt", "backtrace" -> frame.stack().forEach(s -> out().println(s));
            case "h", "help", "" -> help();
            default -> session.error("unknown debugger command '" + name + "' (h for help)");
        }
        return null;
    }

    private void show(Frame frame) {
        String where = frame.toString();
        String what = switch (frame.reason()) {
            case STEP -> "";
            case BREAKPOINT -> "breakpoint " + frame.breakpoint().id() + " (" + frame.breakpoint() + ") ";
            case WATCH -> "watch " + frame.breakpoint().id() + ": " + frame.write() + " ";
            case EXIT -> "finished " + frame.expression().headName() + " => " + frame.value() + " ";
        };
        out().println(style().yellow(what + "at " + where));
        String number = frame.line() + " | ";
        out().println(style().grey(number) + frame.sourceLine());
        out().println(" ".repeat(number.length() + frame.column() - 1) + style().bold("^"));
    }

    /** {@code ::break} with the same arguments: a line, a function, or (alone) the list. */
    void breakpoint(String args) {
        if (args.isEmpty()) {
            List<Breakpoint> all = debugger.breakpoints();
            if (all.isEmpty()) {
                out().println("No breakpoints");
            }
            all.forEach(b -> out().println(b.id() + ": " + b));
            return;
        }
        int colon = args.lastIndexOf(':');
        Breakpoint b;
        if (colon > 0) {
            int line;
            try {
                line = Integer.parseInt(args.substring(colon + 1));
            } catch (NumberFormatException e) {
                session.error("Usage: break CONTRACT:LINE | FUNCTION | CONTRACT.FUNCTION (not " + args + ")");
                return;
            }
            b = debugger.breakAt(args.substring(0, colon), line);
        } else {
            b = debugger.breakOn(args);
        }
        out().println(style().green("Set breakpoint " + b.id() + ": " + b));
    }

    /** {@code ::watch} with the same argument. */
    void watch(String args) {
        if (args.isEmpty()) {
            session.error("Usage: watch VAR | CONTRACT.VAR | MAP | CONTRACT.MAP");
            return;
        }
        Breakpoint b = debugger.watch(args);
        out().println(style().green("Set watchpoint " + b.id() + ": " + b));
    }

    void delete(String args) {
        if (args.isEmpty()) {
            debugger.clear();
            out().println("Deleted every breakpoint");
            return;
        }
        try {
            if (debugger.remove(Integer.parseInt(args))) {
                out().println("Deleted breakpoint " + args);
                return;
            }
        } catch (NumberFormatException e) {
            // answered below, as an unknown breakpoint
        }
        session.error("no breakpoint " + args + " (break lists them)");
    }

    private void print(String expr, Frame frame) {
        if (expr.isEmpty()) {
            locals(frame);
            return;
        }
        try {
            Value v = frame.evaluate(expr);
            out().println(style().green(v.toString()));
        } catch (ClarityError e) {
            session.error(e.describe());
        } catch (IllegalArgumentException e) {
            session.error(e.getMessage());
        } catch (RuntimeException e) {
            // an expression the type checker would refuse can fail inside a native: say so, and stay paused
            session.error("cannot evaluate " + expr + " here: " + e);
        }
    }

    private void locals(Frame frame) {
        Map<String, Value> locals = frame.locals();
        if (locals.isEmpty()) {
            out().println("No locals");
        }
        locals.forEach((k, v) -> out().println(k + ": " + v));
    }

    private void help() {
        HELP.forEach(h -> out().println(style().yellow(String.format("%-32s %s", h[0], h[1]))));
    }
}
