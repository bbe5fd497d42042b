package io.clarity.testing;

import io.clarity.Cl;
import io.clarity.value.AsciiStringValue;
import io.clarity.value.BoolValue;
import io.clarity.value.BufferValue;
import io.clarity.value.ErrValue;
import io.clarity.value.IntValue;
import io.clarity.value.ListValue;
import io.clarity.value.NoneValue;
import io.clarity.value.OkValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.SomeValue;
import io.clarity.value.TupleValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Utf8StringValue;
import io.clarity.value.Value;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a Clarity value, in the image of the clarinet-sdk's Vitest matchers
 * ({@code toBeOk}, {@code toBeUint}, ...). {@link #isOk()}, {@link #isErr()} and {@link #isSome()}
 * move to the inner value, so checks chain: {@code assertThat(v).isOk().isUint(1)}. Failure
 * messages print values in Clarity syntax and, for a nested value, where it sits in the whole.
 */
public final class ValueAssert extends AbstractAssert<ValueAssert, Value> {

    private final Value whole;
    private final String path;

    ValueAssert(Value actual) {
        this(actual, actual, "");
    }

    ValueAssert(Value actual, Value whole, String path) {
        super(actual, ValueAssert.class);
        this.whole = whole;
        this.path = path;
    }

    /** Fails with {@code message} plus where the value sits in the whole, when nested. */
    private void fail(String message) {
        failWithMessage("%s", message + ValueDescriptions.where(path, whole));
    }

    private void failNotEqual(Value expected) {
        String detail = ValueDescriptions.firstDifference(expected, actual).filter(d -> !d.isEmpty())
                .map(d -> "\n  " + d).orElse("");
        failWithActualExpectedAndMessage(actual.toString(), expected.toString(), "%s",
                "\nExpecting:\n  " + expected + "\nbut was:\n  " + actual + detail + ValueDescriptions.where(path, whole));
    }

    private <T extends Value> T expectKind(Class<T> kind, String description) {
        isNotNull();
        if (!kind.isInstance(actual)) {
            fail("Expecting " + description + " but was a " + ValueDescriptions.kind(actual) + ":\n  " + actual);
        }
        return kind.cast(actual);
    }

    private ValueAssert inner(Value inner, String step) {
        ValueAssert a = new ValueAssert(inner, whole, path + step);
        return info.hasDescription() ? a.as(info.description()) : a;
    }

    /** Checks that the value is {@code (ok ...)}; continues with the inner value. */
    public ValueAssert isOk() {
        return inner(expectKind(OkValue.class, "(ok ...)").inner(), "(ok _)");
    }

    /** Checks that the value is {@code (ok expected)}. */
    public ValueAssert isOk(Value expected) {
        isOk();
        return isEqualTo(Cl.ok(expected));
    }

    /** Checks that the value is {@code (err ...)}; continues with the inner value. */
    public ValueAssert isErr() {
        return inner(expectKind(ErrValue.class, "(err ...)").inner(), "(err _)");
    }

    /** Checks that the value is {@code (err expected)}. */
    public ValueAssert isErr(Value expected) {
        isErr();
        return isEqualTo(Cl.err(expected));
    }

    /** Checks that the value is {@code (some ...)}; continues with the inner value. */
    public ValueAssert isSome() {
        return inner(expectKind(SomeValue.class, "(some ...)").value(), "(some _)");
    }

    /** Checks that the value is {@code (some expected)}. */
    public ValueAssert isSome(Value expected) {
        isSome();
        return isEqualTo(Cl.some(expected));
    }

    public ValueAssert isNone() {
        expectKind(NoneValue.class, "none");
        return this;
    }

    public ValueAssert isUint(long expected) {
        expectKind(UIntValue.class, "a uint");
        return isEqualTo(Cl.uint(expected));
    }

    public ValueAssert isUint(BigInteger expected) {
        expectKind(UIntValue.class, "a uint");
        return isEqualTo(Cl.uint(expected));
    }

    public ValueAssert isInt(long expected) {
        expectKind(IntValue.class, "an int");
        return isEqualTo(Cl.integer(expected));
    }

    public ValueAssert isInt(BigInteger expected) {
        expectKind(IntValue.class, "an int");
        return isEqualTo(Cl.integer(expected));
    }

    public ValueAssert isBool(boolean expected) {
        expectKind(BoolValue.class, "a bool");
        return isEqualTo(Cl.bool(expected));
    }

    public ValueAssert isTrue() {
        return isBool(true);
    }

    public ValueAssert isFalse() {
        return isBool(false);
    }

    /** Checks a {@code string-ascii}. */
    public ValueAssert isAscii(String expected) {
        expectKind(AsciiStringValue.class, "a string-ascii");
        return isEqualTo(Cl.ascii(expected));
    }

    /** Checks a {@code string-utf8}. */
    public ValueAssert isUtf8(String expected) {
        expectKind(Utf8StringValue.class, "a string-utf8");
        return isEqualTo(Cl.utf8(expected));
    }

    /**
     * Checks a principal, written as {@link io.clarity.Simnet} reads it ({@link Cl#principal}): an
     * account name, an address or a contract id (with or without the quote), {@code ".escrow"} or
     * {@code "escrow"}.
     */
    public ValueAssert isPrincipal(String expected) {
        expectKind(PrincipalValue.class, "a principal");
        return isEqualTo(Cl.principal(expected));
    }

    /** Checks a buffer, written in hex (with or without {@code 0x}). */
    public ValueAssert isBuffer(String hex) {
        expectKind(BufferValue.class, "a buff");
        return isEqualTo(Cl.bufferFromHex(hex));
    }

    public ValueAssert isBuffer(byte[] expected) {
        expectKind(BufferValue.class, "a buff");
        return isEqualTo(Cl.buffer(expected));
    }

    /** Checks that the value is a list; continues with list checks. */
    public ValueListAssert isList() {
        ListValue list = expectKind(ListValue.class, "a list");
        return new ValueListAssert(list, whole, path);
    }

    /** Checks that the value is the list of {@code expected}. */
    public ValueAssert isList(Value... expected) {
        isList();
        return isEqualTo(Cl.list(expected));
    }

    /** Checks that the value is a tuple; continues with field checks. */
    public TupleAssert isTuple() {
        TupleValue tuple = expectKind(TupleValue.class, "a tuple");
        return new TupleAssert(tuple, whole, path);
    }

    /** Checks that the value is the tuple of exactly these fields. */
    public ValueAssert isTuple(Map<String, ? extends Value> expected) {
        isTuple();
        return isEqualTo(Cl.tuple(expected));
    }

    /** Checks the value's printed form ({@code "(ok { balance: u5 })"}), as the Clarity VM prints it. */
    public ValueAssert printsAs(String expected) {
        isNotNull();
        if (!actual.toString().equals(expected)) {
            failWithActualExpectedAndMessage(actual.toString(), expected, "%s", "\nExpecting the value to print as:\n  "
                    + expected + "\nbut it prints as:\n  " + actual + ValueDescriptions.where(path, whole));
        }
        return this;
    }

    /** Checks equality with a Clarity value; the message points at the first difference. */
    @Override
    public ValueAssert isEqualTo(Object expected) {
        if (!(expected instanceof Value v)) {
            return super.isEqualTo(expected);
        }
        isNotNull();
        Optional<String> d = ValueDescriptions.firstDifference(v, actual);
        if (d.isPresent()) {
            failNotEqual(v);
        }
        return this;
    }
}
