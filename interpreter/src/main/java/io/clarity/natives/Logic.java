package io.clarity.natives;

import io.clarity.ast.Expr;
import io.clarity.eval.CallContext;
import io.clarity.eval.Evaluator;
import io.clarity.eval.Locals;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.value.AsciiStringValue;
import io.clarity.value.BoolValue;
import io.clarity.value.BufferValue;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import io.clarity.value.Utf8StringValue;
import io.clarity.value.Value;
import io.clarity.value.ValueTypes;
import io.clarity.vocabulary.NativeFunction;
import java.util.List;
import java.util.function.IntPredicate;

/** {@code and or not is-eq} and the comparisons. */
final class Logic {

    private Logic() {
    }

    /** Short-circuits: stops at the first false. */
    static Value and(NativeFunction f, List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(f, args.size());
        for (int i = 0; i < args.size(); i++) {
            if (!((BoolValue) Evaluator.evalBorrowed(args.get(i), ctx, locals)).value()) {
                decided(f, i, args.size(), ctx);
                return BoolValue.FALSE;
            }
        }
        decided(f, args.size(), args.size(), ctx);
        return BoolValue.TRUE;
    }

    /** Short-circuits: stops at the first true. */
    static Value or(NativeFunction f, List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(f, args.size());
        for (int i = 0; i < args.size(); i++) {
            if (((BoolValue) Evaluator.evalBorrowed(args.get(i), ctx, locals)).value()) {
                decided(f, i, args.size(), ctx);
                return BoolValue.TRUE;
            }
        }
        decided(f, args.size(), args.size(), ctx);
        return BoolValue.FALSE;
    }

    /** Tells the execution's listener, if any, where {@code and}/{@code or} stopped (n: at no argument). */
    private static void decided(NativeFunction f, int at, int n, CallContext ctx) {
        ExecutionListener listener = ctx.exec().listener();
        if (listener != null) {
            listener.branch(f, at, n + 1, ctx);
        }
    }

    static Value not(Value v) {
        return BoolValue.of(!((BoolValue) v).value());
    }

    /** Evaluates every argument (no short-circuit) and compares them all to the first. */
    static Value isEq(List<Value> args, CallContext ctx) {
        Value first = args.get(0);
        if (ctx.exec().holdsUntypedValue()) {
            // the reference compares the arguments' types at run time; only an at-block's
            // untyped none can make them differ after type checking
            TypeSignature t = ValueTypes.typeOf(first);
            for (Value v : args) {
                t = Types.leastSupertype(ctx.exec().epoch(), ValueTypes.typeOf(v), t);
            }
        }
        for (int i = 1; i < args.size(); i++) {
            if (!first.equals(args.get(i))) {
                return BoolValue.FALSE;
            }
        }
        return BoolValue.TRUE;
    }

    /** {@code < <= > >=} over ints, uints, and (Clarity 2) strings and buffers by bytes. */
    static Value compare(List<Value> args, IntPredicate test) {
        Value a = args.get(0);
        Value b = args.get(1);
        int c;
        if (a instanceof BufferValue x) {
            c = x.bytes().compareTo(((BufferValue) b).bytes());
        } else if (a instanceof AsciiStringValue x) {
            c = Integer.signum(x.value().compareTo(((AsciiStringValue) b).value()));
        } else if (a instanceof Utf8StringValue x) {
            c = compareCodePoints(x.value(), ((Utf8StringValue) b).value());
        } else {
            c = Arithmetic.compare(a, b);
        }
        return BoolValue.of(test.test(c));
    }

    /** UTF-8 byte order equals code point order. */
    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
