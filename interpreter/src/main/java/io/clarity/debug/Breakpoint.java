package io.clarity.debug;

import java.util.function.Consumer;

/**
 * Where a {@link Debugger} stops: a line of a contract, a function, or a write of a data var or
 * map entry. With a {@code callback}, a stop calls it and the execution goes on; without, the
 * debugger's {@link Driver} decides.
 *
 * @param id the number the REPL and a DAP client name it by (from 1)
 * @param kind what it watches
 * @param contract the contract's name ({@code escrow}) or full id, or null for any contract
 * @param line the line (for {@link Kind#LINE}), else 0
 * @param name the function (for {@link Kind#FUNCTION}) or the data var or map (for {@link Kind#WATCH}), else null
 * @param callback what a stop calls, or null to ask the driver
 */
public record Breakpoint(int id, Kind kind, String contract, int line, String name, Consumer<Frame> callback) {

    /** The kinds of breakpoints. */
    public enum Kind {
        /** The first expression entered on a line (once per entry into that line). */
        LINE,
        /** The first expression of a function's body, at each call. */
        FUNCTION,
        /** A write of a data var or of any entry of a map. */
        WATCH
    }

    /** {@code escrow:18}, {@code escrow.release}, {@code watch escrow.balances}. */
    @Override
    public String toString() {
        String where = contract == null ? "" : contract;
        return switch (kind) {
            case LINE -> where + ":" + line;
            case FUNCTION -> where.isEmpty() ? name : where + "." + name;
            case WATCH -> "watch " + (where.isEmpty() ? name : where + "." + name);
        };
    }
}
