package io.clarity.natives;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.LiteralExpr;
import io.clarity.cost.CostFunction;
import io.clarity.cost.CostTracker;
import io.clarity.cost.NativeCosts;
import io.clarity.definitions.Definition;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.eval.CallContext;
import io.clarity.eval.Evaluator;
import io.clarity.eval.ExecutionContext;
import io.clarity.eval.Locals;
import io.clarity.value.AsciiStringValue;
import io.clarity.value.BoolValue;
import io.clarity.value.BufferValue;
import io.clarity.value.Bytes;
import io.clarity.value.ListType;
import io.clarity.value.ListValue;
import io.clarity.value.NoneValue;
import io.clarity.value.SequenceValue;
import io.clarity.value.SomeValue;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import io.clarity.value.UIntValue;
import io.clarity.value.Utf8StringValue;
import io.clarity.value.Value;
import io.clarity.value.ValueTypes;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.NativeFunction;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The natives of sequences (lists, buffers, ASCII and UTF-8 strings): the higher-order
 * {@code map filter fold}, and access and construction. The elements of a buffer are one-byte
 * buffers, those of a string one-character strings; a UTF-8 string counts characters.
 */
final class Sequences {

    private Sequences() {
    }

    /** The function given to map, filter or fold: a native or a function of the contract. */
    private record Callee(Natives.Special special, boolean binary,
                          Definition.Function user, boolean appliedArguments) {

        /** Finds the function, charged as the reference's {@code lookup_function}. */
        static Callee lookup(Expr name, CallContext ctx) {
            ctx.exec().costs().charge(CostFunction.LOOKUP_FUNCTION, 0);
            String n = ((AtomExpr) name).name();
            NativeFunction f = NativeFunction.lookup(n, ctx.contract().version());
            if (f != null) {
                // looked up once here rather than for every element
                Natives.Special special = Natives.implementation(f);
                return new Callee(special, Natives.isBinary(special), null,
                        NativeCosts.arguments(f) == NativeCosts.Arguments.APPLIED);
            }
            Definition.Function user = ctx.contract().function(n);
            if (user == null) {
                throw CheckErrorKind.UnknownFunction.error(n);
            }
            return new Callee(null, false, user, true);
        }

        /**
         * Applies the function; each application is a level of the call stack, and the arguments
         * of a user function or of a native the reference applies as a function (not a special
         * form) are counted in memory while it runs (the reference's {@code apply_evaluated}).
         * The legacy map may pass fewer arguments than the type checker saw: a native's binding
         * refuses a wrong count, as a user function does.
         */
        Value apply(List<Value> args, CallContext ctx) {
            ExecutionContext exec = ctx.exec();
            exec.enter();
            long memory = 0;
            try {
                if (user != null) {
                    memory = exec.holdMemory(args);
                    return Evaluator.callFunction(ctx.contract(), user, args, ctx);
                }
                if (appliedArguments) {
                    memory = exec.holdMemory(args);
                }
                return Natives.applySimple(special, args, ctx);
            } finally {
                exec.releaseMemory(memory);
                exec.leave();
            }
        }

        /**
         * The charge of each application computed once for this transaction's tracker, or null
         * (priced at each application): see {@link Natives#fixCharge}.
         */
        CostTracker.FixedCharge fixCharge(CallContext ctx) {
            return binary ? Natives.fixCharge(special, ctx.exec().costs()) : null;
        }

        /**
         * {@link #apply(List, CallContext)} of the two values {@code a} and {@code b}, with the
         * charge {@link #fixCharge} computed (or null: priced at each application).
         */
        Value apply(Value a, Value b, CallContext ctx, CostTracker.FixedCharge fixed) {
            if (!binary) {
                return apply(List.of(a, b), ctx);
            }
            ExecutionContext exec = ctx.exec();
            exec.enter();
            long memory = 0;
            try {
                if (appliedArguments) {
                    memory = exec.holdMemory(a, b);
                }
                return Natives.applyBinary(special, a, b, ctx, fixed);
            } finally {
                exec.releaseMemory(memory);
                exec.leave();
            }
        }
    }

    /**
     * {@code (list ...)}: the list as the reference's {@code cons_list} builds it. Before 2.4 a later
     * tuple keeps fields that the list's type (the first item's fields) does not declare, so what
     * is stored from then on is checked, as the reference checks every write.
     */
    static Value list(List<Value> items, CallContext ctx) {
        Epoch epoch = ctx.exec().epoch();
        ListValue list = ValueTypes.consList(epoch, items);
        if (!epoch.sanitizesValues() && ValueTypes.holdsUndeclaredFields(list)) {
            ctx.exec().admitUndeclaredFields();
        }
        return list;
    }

    /**
     * {@code (map f s1 ... sn)}: a list of {@code f} applied to the elements of the sequences
     * side by side. Before epoch 4.0 (all the epochs this interpreter runs) the reference groups
     * the elements with an off-by-one: it keeps, from each sequence, one element more than the
     * shortest sequence seen so far, then applies {@code f} to the groups until one has a
     * different size than the first. When a sequence is empty, {@code f} is thus applied to
     * groups of fewer arguments (special_map_v200).
     */
    static Value map(List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(NativeFunction.MAP, args.size());
        Callee f = Callee.lookup(args.get(0), ctx);
        int sequences = args.size() - 1;
        if (sequences == 1) {
            SequenceValue seq = (SequenceValue) Evaluator.eval(args.get(1), ctx, locals);
            List<Value> elements = elements(seq, seq.length());
            List<Value> results = new ArrayList<>(elements.size());
            for (Value e : elements) {
                results.add(f.apply(List.of(e), ctx));
            }
            return ValueTypes.consList(ctx.exec().epoch(), results);
        }
        List<List<Value>> groups = new ArrayList<>();
        int shortest = Integer.MAX_VALUE;
        for (int s = 1; s < args.size(); s++) {
            SequenceValue seq = (SequenceValue) Evaluator.eval(args.get(s), ctx, locals);
            shortest = Math.min(shortest, seq.length());
            List<Value> elements = elements(seq, shortest + 1);
            for (int i = 0; i < elements.size(); i++) {
                if (i == groups.size()) {
                    groups.add(new ArrayList<>(sequences));
                }
                groups.get(i).add(elements.get(i));
            }
        }
        List<Value> results = new ArrayList<>(groups.size());
        for (List<Value> group : groups) {
            if (group.size() != groups.get(0).size()) {
                break;
            }
            results.add(f.apply(group, ctx));
        }
        return ValueTypes.consList(ctx.exec().epoch(), results);
    }

    /**
     * {@code (filter f s)}: the elements for which {@code f} is true, in a sequence of the same
     * kind (a list keeps the type of {@code s}, as the reference filters in place).
     */
    static Value filter(List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(NativeFunction.FILTER);
        SequenceValue seq = (SequenceValue) Evaluator.eval(args.get(1), ctx, locals);
        Callee f = Callee.lookup(args.get(0), ctx);
        List<Value> kept = new ArrayList<>();
        for (Value e : elements(seq, seq.length())) {
            if (((BoolValue) f.apply(List.of(e), ctx)).value()) {
                kept.add(e);
            }
        }
        if (seq instanceof ListValue l) {
            return new ListValue(kept, (ListType) ValueTypes.typeOf(l));
        }
        return join(seq, kept);
    }

    /** {@code (fold f s init)}: {@code (f e acc)} over the elements, from the first. */
    static Value fold(List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(NativeFunction.FOLD);
        Callee f = Callee.lookup(args.get(0), ctx);
        SequenceValue seq = (SequenceValue) Evaluator.eval(args.get(1), ctx, locals);
        Value acc = Evaluator.eval(args.get(2), ctx, locals);
        List<Value> elements = elements(seq, seq.length());
        CostTracker.FixedCharge fixed = elements.isEmpty() ? null : f.fixCharge(ctx);
        // indexed: the iterator's calls were a sixth of a fold of + over uints
        for (int i = 0; i < elements.size(); i++) {
            acc = f.apply(elements.get(i), acc, ctx, fixed);
        }
        return acc;
    }

    /**
     * {@code (append list e)}: the list is kept, the element looked at to be charged (the larger
     * of the sizes of the list's item type and of the element's type), then kept. The result has
     * the reference's type: one more than the list type's maximum length, items of the least
     * supertype.
     */
    static Value append(List<Expr> args, CallContext ctx, Locals locals) {
        ListValue list = (ListValue) Evaluator.eval(args.get(0), ctx, locals);
        Value element = Evaluator.evalBorrowed(args.get(1), ctx, locals);
        List<Value> items = new ArrayList<>(list.length() + 1);
        items.addAll(list.items());
        items.add(element);
        ExecutionContext exec = ctx.exec();
        ListType type = (ListType) ValueTypes.typeOf(list);
        TypeSignature elementType = ValueTypes.typeOf(element);
        exec.costs().charge(NativeFunction.APPEND, Math.max(Types.size(type.elementType()), Types.size(elementType)));
        Evaluator.chargeCopy(args.get(1), element, ctx);
        Epoch epoch = exec.epoch();
        if (type.elementType() instanceof TypeSignature.NoType) {
            return ValueTypes.consList(epoch, items);
        }
        items.set(items.size() - 1, ValueTypes.sanitized(epoch, element));
        return new ListValue(items, Types.list(Types.leastSupertype(epoch, type.elementType(), elementType),
                type.maxLength() + 1L));
    }

    /**
     * {@code (concat a b)}: two sequences of the same kind, both kept. Charged, in epoch 2.0, the
     * sum of their sizes, from 2.05 the sum of their lengths. A list result has the reference's
     * type: the sum of the maximum lengths.
     */
    static Value concat(List<Expr> args, CallContext ctx, Locals locals) {
        SequenceValue a = (SequenceValue) Evaluator.eval(args.get(0), ctx, locals);
        SequenceValue b = (SequenceValue) Evaluator.eval(args.get(1), ctx, locals);
        ExecutionContext exec = ctx.exec();
        if (exec.epoch().atLeast(Epoch.E2_05)) {
            exec.costs().charge(NativeFunction.CONCAT, (long) a.length() + b.length());
        } else {
            exec.costs().chargeSizes(NativeFunction.CONCAT, a, b);
        }
        if (a instanceof ListValue l) {
            return concatLists(l, (ListValue) b, exec);
        } else if (a instanceof BufferValue x) {
            return new BufferValue(x.bytes().concat(((BufferValue) b).bytes()));
        } else if (a instanceof AsciiStringValue x) {
            return new AsciiStringValue(x.value() + ((AsciiStringValue) b).value());
        }
        return new Utf8StringValue(((Utf8StringValue) a).value() + ((Utf8StringValue) b).value());
    }

    private static Value concatLists(ListValue a, ListValue b, ExecutionContext exec) {
        List<Value> out = new ArrayList<>(a.length() + b.length());
        out.addAll(a.items());
        Epoch epoch = exec.epoch();
        ListType ta = (ListType) ValueTypes.typeOf(a);
        ListType tb = (ListType) ValueTypes.typeOf(b);
        for (Value item : b.items()) {
            out.add(ValueTypes.sanitized(epoch, item));
        }
        TypeSignature items = ta.elementType() instanceof TypeSignature.NoType ? tb.elementType()
                : tb.elementType() instanceof TypeSignature.NoType ? ta.elementType()
                : Types.leastSupertype(epoch, ta.elementType(), tb.elementType());
        return new ListValue(out, Types.list(items, (long) ta.maxLength() + tb.maxLength()));
    }

    /**
     * {@code (as-max-len? s uN)}: the length is a literal, as the type checker requires. A list
     * that fits has its type's maximum length lowered to N, as in the reference.
     */
    static Value asMaxLen(List<Expr> args, CallContext ctx, Locals locals) {
        SequenceValue seq = (SequenceValue) Evaluator.eval(args.get(0), ctx, locals);
        ExecutionContext exec = ctx.exec();
        exec.costs().charge(NativeFunction.AS_MAX_LEN);
        UIntValue max = (UIntValue) ((LiteralExpr) args.get(1)).value();
        if (max.isLong() && seq.length() > max.longValue()) {
            return NoneValue.INSTANCE;
        }
        if (seq instanceof ListValue l) {
            ListType type = (ListType) ValueTypes.typeOf(l);
            if (max.isLong() && max.longValue() <= type.maxLength()) {
                return new SomeValue(new ListValue(l.items(), new ListType(type.elementType(), (int) max.longValue())));
            }
        }
        return new SomeValue(seq);
    }

    static Value len(Value seq) {
        return UIntValue.of(((SequenceValue) seq).length());
    }

    /** {@code element-at?} and {@code element-at}: {@code none} out of bounds. */
    static Value elementAt(Value seq, Value index) {
        SequenceValue s = (SequenceValue) seq;
        int i = ((UIntValue) index).intOrMinusOne();
        if (i < 0 || i >= s.length()) {
            return NoneValue.INSTANCE;
        }
        return new SomeValue(element(s, i));
    }

    /**
     * {@code index-of?} and {@code index-of}: the first position of an element equal to the
     * needle. A buffer or string needle that is not exactly one element long is never found.
     */
    static Value indexOf(Value seq, Value needle) {
        int found = -1;
        if (seq instanceof ListValue l) {
            found = l.items().indexOf(needle);
        } else if (((SequenceValue) needle).length() == 1) {
            if (seq instanceof BufferValue b) {
                byte wanted = ((BufferValue) needle).bytes().get(0);
                byte[] data = b.bytes().unsafeArray();
                for (int i = 0; i < data.length && found < 0; i++) {
                    if (data[i] == wanted) {
                        found = i;
                    }
                }
            } else if (seq instanceof AsciiStringValue s) {
                found = s.value().indexOf(((AsciiStringValue) needle).value().charAt(0));
            } else {
                String s = ((Utf8StringValue) seq).value();
                int at = s.indexOf(((Utf8StringValue) needle).value().codePointAt(0));
                found = at < 0 ? -1 : s.codePointCount(0, at);
            }
        }
        return found < 0 ? NoneValue.INSTANCE : new SomeValue(UIntValue.of(found));
    }

    /**
     * {@code (slice? s left right)}: elements {@code [left, right)}; {@code none} unless
     * {@code left < (len s)}, {@code right <= (len s)} and {@code left <= right}. The sequence is
     * kept, the positions only looked at; a slice is charged its length times the size of one
     * element ({@code (buff 1)}, {@code (string-ascii 1)}, {@code (string-utf8 1)}, or the list's
     * item type), and {@code none} nothing.
     */
    static Value slice(List<Expr> args, CallContext ctx, Locals locals) {
        SequenceValue s = (SequenceValue) Evaluator.eval(args.get(0), ctx, locals);
        int from = ((UIntValue) Evaluator.evalBorrowed(args.get(1), ctx, locals)).intOrMinusOne();
        int to = ((UIntValue) Evaluator.evalBorrowed(args.get(2), ctx, locals)).intOrMinusOne();
        if (from < 0 || to < 0 || from >= s.length() || to > s.length() || to < from) {
            return NoneValue.INSTANCE;
        }
        ExecutionContext exec = ctx.exec();
        exec.costs().charge(NativeFunction.SLICE, (long) (to - from) * elementSize(s));
        if (s instanceof ListValue l) {
            return new SomeValue(ValueTypes.consList(exec.epoch(), l.items().subList(from, to)));
        } else if (s instanceof BufferValue b) {
            return new SomeValue(new BufferValue(b.bytes().slice(from, to)));
        } else if (s instanceof AsciiStringValue a) {
            return new SomeValue(new AsciiStringValue(a.value().substring(from, to)));
        }
        String u = ((Utf8StringValue) s).value();
        int start = u.offsetByCodePoints(0, from);
        return new SomeValue(new Utf8StringValue(u.substring(start, u.offsetByCodePoints(start, to - from))));
    }

    /** The size of the type of one element of {@code s}, for the cost of a slice. */
    private static long elementSize(SequenceValue s) {
        if (s instanceof ListValue l) {
            return Types.size(((ListType) ValueTypes.typeOf(l)).elementType());
        }
        return s instanceof Utf8StringValue ? UTF8_CHARACTER_SIZE : BYTE_SIZE;
    }

    /** The size of a {@code (buff 1)} and of a {@code (string-ascii 1)}. */
    private static final long BYTE_SIZE = Types.size(Types.buffer(1));

    /** The size of a {@code (string-utf8 1)}. */
    private static final long UTF8_CHARACTER_SIZE = Types.size(Types.stringUtf8(1));

    /**
     * {@code (replace-at? s index e)}: {@code none} out of bounds. A buffer or string element
     * must be exactly one long, or the transaction aborts (the type checker lets an empty one
     * through). Charged the size of the sequence's type first; the sequence and the element are
     * looked at, and kept only as far as the reference gets (the element only in bounds). A
     * list keeps its type, and its element must fit the type the list value has, whatever the
     * index: see {@link #checkListElement}.
     */
    static Value replaceAt(List<Expr> args, CallContext ctx, Locals locals) {
        SequenceValue s = (SequenceValue) Evaluator.evalBorrowed(args.get(0), ctx, locals);
        ExecutionContext exec = ctx.exec();
        // a sequence's size is its type's
        exec.costs().chargeSize(NativeFunction.REPLACE_AT, s);
        UIntValue index = (UIntValue) Evaluator.evalBorrowed(args.get(1), ctx, locals);
        Value element = Evaluator.evalBorrowed(args.get(2), ctx, locals);
        if (s instanceof ListValue l) {
            checkListElement(exec.epoch(), l, element);
        }
        if (!index.fitsIn64Bits()) {
            return NoneValue.INSTANCE;
        }
        Evaluator.chargeCopy(args.get(0), s, ctx);
        int i = index.intOrMinusOne();
        if (i < 0 || i >= s.length()) {
            return NoneValue.INSTANCE;
        }
        Evaluator.chargeCopy(args.get(2), element, ctx);
        if (s instanceof ListValue l) {
            List<Value> out = new ArrayList<>(l.items());
            out.set(i, element);
            return new SomeValue(new ListValue(out, (ListType) ValueTypes.typeOf(l)));
        }
        int elementLength = ((SequenceValue) element).length();
        if (elementLength != 1) {
            throw RuntimeErrorKind.Unreachable.error("the new element of a buffer or string must be exactly 1 long, not "
                    + elementLength + " (SequenceElementArityMismatch)");
        }
        if (s instanceof BufferValue b) {
            byte[] data = b.bytes().toArray();
            data[i] = ((BufferValue) element).bytes().get(0);
            return new SomeValue(new BufferValue(Bytes.wrap(data)));
        } else if (s instanceof AsciiStringValue a) {
            String v = a.value();
            return new SomeValue(new AsciiStringValue(v.substring(0, i) + ((AsciiStringValue) element).value()
                    + v.substring(i + 1)));
        }
        String u = ((Utf8StringValue) s).value();
        int start = u.offsetByCodePoints(0, i);
        int end = u.offsetByCodePoints(start, 1);
        return new SomeValue(new Utf8StringValue(u.substring(0, start) + ((Utf8StringValue) element).value()
                + u.substring(end)));
    }

    /**
     * The reference checks the new element of a list against the type of the list value (its
     * items' type, which can be narrower than the type checker's: {@code (if c (list 0x01)
     * (list 0x0102))} holds a {@code (list 1 (buff 1))}) before it looks at the index, and aborts
     * with a {@code TypeValueError} when that type does not admit it (found by scripts/diff-fuzz.py).
     */
    private static void checkListElement(Epoch epoch, ListValue l, Value element) {
        TypeSignature expected = ((ListType) ValueTypes.typeOf(l)).elementType();
        if (expected instanceof TypeSignature.NoType) {
            return;
        }
        boolean admitted;
        try {
            admitted = Types.admits(epoch, expected, ValueTypes.typeOf(element));
        } catch (ClarityError e) {
            // a part of the list's type is undetermined ((optional NoType)): the reference fails at run time
            throw RuntimeErrorKind.CouldNotDetermineType.error(expected);
        }
        if (!admitted) {
            throw RuntimeErrorKind.TypeValueError.error(expected, element);
        }
    }

    // ---------------------------------------------------------------------------------------

    /** The element at {@code i}, which is in bounds. */
    private static Value element(SequenceValue s, int i) {
        if (s instanceof ListValue l) {
            return l.items().get(i);
        } else if (s instanceof BufferValue b) {
            return BufferValue.of(b.bytes().get(i));
        } else if (s instanceof AsciiStringValue a) {
            return new AsciiStringValue(String.valueOf(a.value().charAt(i)));
        }
        String u = ((Utf8StringValue) s).value();
        int at = u.offsetByCodePoints(0, i);
        return new Utf8StringValue(new String(Character.toChars(u.codePointAt(at))));
    }

    /** The first {@code limit} elements (all of them if there are fewer). */
    private static List<Value> elements(SequenceValue s, int limit) {
        if (s instanceof ListValue l) {
            return l.length() <= limit ? l.items() : l.items().subList(0, limit);
        }
        int n = Math.min(limit, s.length());
        List<Value> out = new ArrayList<>(n);
        if (s instanceof BufferValue b) {
            for (int i = 0; i < n; i++) {
                out.add(BufferValue.of(b.bytes().get(i)));
            }
        } else if (s instanceof AsciiStringValue a) {
            for (int i = 0; i < n; i++) {
                out.add(new AsciiStringValue(String.valueOf(a.value().charAt(i))));
            }
        } else {
            String u = ((Utf8StringValue) s).value();
            for (int at = 0; out.size() < n; ) {
                int cp = u.codePointAt(at);
                out.add(new Utf8StringValue(new String(Character.toChars(cp))));
                at += Character.charCount(cp);
            }
        }
        return out;
    }

    /** A sequence of the kind of {@code like} holding {@code elements} (elements of such a sequence). */
    private static Value join(SequenceValue like, List<Value> elements) {
        if (like instanceof ListValue) {
            return new ListValue(elements);
        } else if (like instanceof BufferValue) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(elements.size());
            for (Value e : elements) {
                out.write(((BufferValue) e).bytes().get(0));
            }
            return new BufferValue(Bytes.wrap(out.toByteArray()));
        }
        StringBuilder sb = new StringBuilder();
        for (Value e : elements) {
            sb.append(like instanceof AsciiStringValue ? ((AsciiStringValue) e).value() : ((Utf8StringValue) e).value());
        }
        return like instanceof AsciiStringValue ? new AsciiStringValue(sb.toString()) : new Utf8StringValue(sb.toString());
    }
}
