package io.clarity.natives;

import io.clarity.analysis.TypeParser;
import io.clarity.ast.Expr;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.eval.CallContext;
import io.clarity.eval.Evaluator;
import io.clarity.eval.ExecutionContext;
import io.clarity.eval.Locals;
import io.clarity.value.AsciiStringValue;
import io.clarity.value.BoolValue;
import io.clarity.value.BufferType;
import io.clarity.value.BufferValue;
import io.clarity.value.Bytes;
import io.clarity.value.CallableValue;
import io.clarity.value.ConsensusCodec;
import io.clarity.value.ErrValue;
import io.clarity.value.IntValue;
import io.clarity.value.NoneValue;
import io.clarity.value.OkValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.SomeValue;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import io.clarity.value.UIntValue;
import io.clarity.value.Utf8StringValue;
import io.clarity.value.Value;
import io.clarity.value.ValueTypes;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.NativeFunction;
import java.math.BigInteger;
import java.util.List;

/** The natives of conversions between buffers, strings, integers and the consensus serialization. */
final class Conversions {

    private static final ErrValue ERR_U1 = new ErrValue(UIntValue.ONE);

    private Conversions() {
    }

    /**
     * {@code buff-to-(u)int-le/be}: at most 16 bytes, read as a 128-bit two's complement (or
     * unsigned) number; a shorter buffer is padded with zeros on its high side.
     */
    static Value buffToInteger(Value v, boolean littleEndian, boolean signed) {
        byte[] b = ((BufferValue) v).bytes().unsafeArray();
        if (b.length > 16) {
            throw RuntimeErrorKind.TypeValueError.error(new BufferType(16), v);
        }
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < b.length; i++) {
            // significance of the i-th byte: counted from the end (big-endian) or the start
            int rank = littleEndian ? i : b.length - 1 - i;
            long byteValue = b[i] & 0xffL;
            if (rank < 8) {
                lo |= byteValue << (8 * rank);
            } else {
                hi |= byteValue << (8 * (rank - 8));
            }
        }
        return signed ? new IntValue(hi, lo) : new UIntValue(hi, lo);
    }

    /**
     * {@code string-to-int?} and {@code string-to-uint?}: Rust's integer parsing, so an optional
     * sign ('+', and '-' when signed) then ASCII digits only; no blanks, no other digits.
     */
    static Value stringToInteger(Value v, boolean signed) {
        String s = v instanceof AsciiStringValue a ? a.value() : ((Utf8StringValue) v).value();
        int start = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || (signed && s.charAt(0) == '-'))) {
            negative = s.charAt(0) == '-';
            start = 1;
        }
        if (start == s.length()) {
            return NoneValue.INSTANCE;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return NoneValue.INSTANCE;
            }
        }
        // leading zeros are allowed in any number; past them, 40 digits exceed 128 bits
        while (start < s.length() - 1 && s.charAt(start) == '0') {
            start++;
        }
        if (s.length() - start > 40) {
            return NoneValue.INSTANCE;
        }
        BigInteger n = new BigInteger(s.substring(start));
        if (negative) {
            n = n.negate();
        }
        if (signed) {
            return n.compareTo(IntValue.MIN) < 0 || n.compareTo(IntValue.MAX) > 0
                    ? NoneValue.INSTANCE : new SomeValue(IntValue.of(n));
        }
        return n.compareTo(UIntValue.MAX) > 0 ? NoneValue.INSTANCE : new SomeValue(UIntValue.of(n));
    }

    /** {@code int-to-ascii}: the decimal digits, without the {@code u} of a uint. */
    static Value intToAscii(Value v) {
        return new AsciiStringValue(decimal(v));
    }

    /** {@code int-to-utf8}: the decimal digits, without the {@code u} of a uint. */
    static Value intToUtf8(Value v) {
        return new Utf8StringValue(decimal(v));
    }

    private static String decimal(Value v) {
        String text = v.toString();
        return v instanceof UIntValue ? text.substring(1) : text;
    }

    /**
     * {@code to-ascii?}: the text of an int, uint ({@code u5}), bool, principal (its address) or
     * buffer ({@code 0x..}); a UTF-8 string converts when all its characters are ASCII a
     * string-ascii may hold, and is {@code (err u1)} otherwise.
     */
    static Value toAscii(List<Expr> args, CallContext ctx, Locals locals) {
        Value v = Evaluator.evalBorrowed(args.get(0), ctx, locals);
        ctx.exec().costs().chargeSize(NativeFunction.TO_ASCII, v);
        String text;
        if (v instanceof IntValue || v instanceof UIntValue || v instanceof BoolValue || v instanceof BufferValue) {
            text = v.toString();
        } else if (v instanceof PrincipalValue p) {
            text = p.address();
        } else if (v instanceof CallableValue c) {
            text = c.contract().address();
        } else {
            text = ((Utf8StringValue) v).value();
            for (int i = 0; i < text.length(); i++) {
                if (!AsciiStringValue.isAllowed(text.charAt(i))) {
                    return ERR_U1;
                }
            }
        }
        return new OkValue(new AsciiStringValue(text));
    }

    /** {@code to-consensus-buff?}: {@code none} when the serialization does not fit an optional buffer. */
    static Value toConsensusBuff(Value v) {
        byte[] serialized = ConsensusCodec.encode(v);
        // the buffer must fit the maximum value size once wrapped in the optional
        if (serialized.length + 4L + Types.WRAPPER_VALUE_SIZE > Types.MAX_VALUE_SIZE) {
            return NoneValue.INSTANCE;
        }
        return new SomeValue(new BufferValue(Bytes.wrap(serialized)));
    }

    /**
     * {@code (from-consensus-buff? type buff)}: {@code (some v)} when the buffer holds exactly one
     * value of the type, {@code none} otherwise. A principal version of 32 or more aborts the
     * transaction before epoch 3.4 and is {@code none} from it (the reference's
     * treats_unexpected_serialization_as_none).
     */
    static Value fromConsensusBuff(List<Expr> args, CallContext ctx, Locals locals) {
        ExecutionContext exec = ctx.exec();
        Epoch epoch = exec.epoch();
        exec.chargeTypeParse(args.get(0));
        TypeSignature type = new TypeParser(epoch, ctx.contract().analysis()::traitReference).parse(args.get(0));
        BufferValue input = (BufferValue) Evaluator.evalBorrowed(args.get(1), ctx, locals);
        // log2 of 0 is refused from Clarity 5 on (protects_logn_cost_fn)
        boolean atLeastOne = ctx.contract().version().atLeast(ClarityVersion.CLARITY5);
        exec.costs().charge(NativeFunction.FROM_CONSENSUS_BUFF, atLeastOne ? Math.max(1, input.length()) : input.length());
        try {
            Value decoded = ConsensusCodec.decode(input.bytes().unsafeArray(), type, epoch);
            // the deserializer gives lists and tuples their declared types
            return new SomeValue(ValueTypes.asDeclared(decoded, type));
        } catch (ConsensusCodec.DecodeException e) {
            if (e.failure() == ConsensusCodec.Failure.UNEXPECTED_SERIALIZATION && !epoch.atLeast(Epoch.E3_4)) {
                throw RuntimeErrorKind.UnexpectedSerialization.error();
            }
            return NoneValue.INSTANCE;
        }
    }
}
