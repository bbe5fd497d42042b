package io.clarity.cost;

import java.util.Objects;

/**
 * One dimension of a cost function: a constant, or {@code a*n+b}, {@code a*log2(n)+b},
 * {@code a*n*log2(n)+b} of the input {@code n} (log2 rounded down). Arithmetic saturates at
 * the largest 64-bit unsigned value, as the reference's does; here that is {@link Long#MAX_VALUE},
 * far above every limit.
 */
record Formula(Shape shape, long a, long b) {

    /** How the input enters the formula. */
    enum Shape {
        CONSTANT, LINEAR, LOG, N_LOG
    }

    static final Formula ZERO = new Formula(Shape.CONSTANT, 0, 0);

    long apply(long n) {
        // comparisons rather than a switch, whose lookup table cost a load per charge; every
        // charge of a call comes here
        Shape s = shape;
        if (s == Shape.CONSTANT) {
            return b;
        } else if (s == Shape.LINEAR) {
            return saturatingAdd(saturatingMultiply(a, n), b);
        } else if (s == Shape.LOG) {
            return saturatingAdd(saturatingMultiply(a, log2(n)), b);
        }
        return saturatingAdd(saturatingMultiply(a, saturatingMultiply(n, log2(n))), b);
    }

    /**
     * The reference refuses log2 of 0 (from-consensus-buff? of an empty buffer before Clarity 5;
     * otherwise unreachable for well-typed programs: tuples are never empty).
     */
    private static long log2(long n) {
        if (n < 1) {
            throw new ArithmeticException("log2 must be passed a positive integer");
        }
        return 63 - Long.numberOfLeadingZeros(n);
    }

    private static long saturatingMultiply(long x, long y) {
        long hi = Math.multiplyHigh(x, y);
        long lo = x * y;
        if (hi != 0 || lo < 0) {
            return Long.MAX_VALUE;
        }
        return lo;
    }

    private static long saturatingAdd(long x, long y) {
        long r = x + y;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    /** Reads {@code 168}, {@code 11*n+125}, {@code 4*log2(n)+1736} or {@code 10*n*log2(n)+1876}. */
    static Formula parse(String text) {
        String t = text.strip();
        int plus = t.lastIndexOf('+');
        if (plus < 0) {
            long b = Long.parseLong(t);
            return b == 0 ? ZERO : new Formula(Shape.CONSTANT, 0, b);
        }
        long b = Long.parseLong(t.substring(plus + 1));
        String term = t.substring(0, plus);
        int star = term.indexOf('*');
        long a = Long.parseLong(term.substring(0, star));
        Shape shape = switch (term.substring(star + 1)) {
            case "n" -> Shape.LINEAR;
            case "log2(n)" -> Shape.LOG;
            case "n*log2(n)" -> Shape.N_LOG;
            default -> throw new IllegalArgumentException("not a cost formula: " + text);
        };
        return new Formula(shape, a, b);
    }

    @Override
    public String toString() {
        return switch (shape) {
            case CONSTANT -> Long.toString(b);
            case LINEAR -> a + "*n+" + b;
            case LOG -> a + "*log2(n)+" + b;
            case N_LOG -> a + "*n*log2(n)+" + b;
        };
    }

    // equals and hashCode written out (the values a record's generated ones give), which are
    // linked at their first call by method handles that the JVM spins classes for at every start

    @Override
    public boolean equals(Object o) {
        return o instanceof Formula f && shape == f.shape && a == f.a && b == f.b;
    }

    @Override
    public int hashCode() {
        return (31 * Objects.hashCode(shape) + Long.hashCode(a)) * 31 + Long.hashCode(b);
    }
}
