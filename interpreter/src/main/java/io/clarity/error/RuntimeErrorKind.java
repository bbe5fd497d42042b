package io.clarity.error;

/**
 * Errors raised while a contract runs (the reference's {@code RuntimeError} and reachable
 * {@code RuntimeCheckErrorKind}s): the transaction aborts and every change it made is rolled back.
 */
public enum RuntimeErrorKind implements ErrorKind {
    ArithmeticOverflow("arithmetic overflow: the result does not fit in 128 bits"),
    ArithmeticUnderflow("arithmetic underflow: the result does not fit in 128 bits (or a uint went below zero)"),
    DivisionByZero("division by zero"),
    /** The reference's {@code Arithmetic(msg)} errors of pow, sqrti and log2. */
    Arithmetic("%s"),
    SupplyOverflow("minting %s would exceed the token's total supply of %s"),
    SupplyUnderflow("burning would take the token's supply below zero"),
    UnwrapFailure("unwrap failed: the value is %s"),
    MaxStackDepthReached("the call stack is too deep: the limit is %s"),
    MaxContextDepthReached("bindings are nested too deeply"),
    BadBlockHash("no block with hash %s"),
    NoSuchToken("no such token"),
    BlockTimeNotAvailable("the block time is not available"),
    /** An early exit (asserts!, unwrap!, try!) at the top level of a contract or snippet. */
    EarlyReturn("%s exited early with %s outside of a function"),
    /** A binding named like a native function or keyword (checked at run time, as the reference does). */
    NameAlreadyUsed("'%s' is already defined; Clarity names cannot be redefined or shadowed"),
    TypeValueError("expected a value of type '%s' but got %s"),
    IncorrectArgumentCount("expected %s arguments but got %s"),
    CircularReference("a contract cannot call back into a function that is already running (%s)"),
    NoSuchContract("no contract '%s'"),
    NoSuchPublicFunction("contract '%s' has no public function '%s'"),
    BadTraitImplementation("contract does not implement trait method '%s' as declared"),
    WriteAttemptedInReadOnly("a write was attempted in a read-only context"),
    AtBlockUnavailable("at-block is not available in this epoch"),
    ValueTooLarge("the value is larger than the 1 MiB maximum"),
    TypeSignatureTooDeep("types may be nested 32 levels deep at most"),
    CostBalanceExceeded("the transaction exceeds the block limit in %s: it has spent %s, the limit is %s"),
    /** A cost function the epoch's cost contract does not define. */
    CostComputationFailed("the cost function %s is not defined by the cost contract %s"),
    MemoryBalanceExceeded("the transaction exceeds the memory limit: %s"),
    /** Unexpected serialization input, before epoch 3.4. */
    UnexpectedSerialization("unexpected serialized value");

    private final String template;

    RuntimeErrorKind(String template) {
        this.template = template;
    }

    @Override
    public Category category() {
        return Category.RUNTIME;
    }

    @Override
    public String template() {
        return template;
    }
}
