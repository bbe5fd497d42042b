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
    /**
     * A definition or binding named like a native function, a keyword or something defined before
     * it (checked at run time, as the reference does).
     */
    NameAlreadyUsed("'%s' is already taken, by a native function or keyword, a definition of this contract or an earlier binding; Clarity names cannot be redefined or shadowed"),
    TypeValueError("expected a value of type '%s' but got %s"),
    /**
     * A value checked against a type with an undetermined part, as the reference checks it at
     * run time: the new element of replace-at? on a list value of {@code none}s or of responses
     * of one side only.
     */
    CouldNotDetermineType("the element's type cannot be compared with the list's: %s"),
    IncorrectArgumentCount("expected %s arguments but got %s"),
    RequiresAtLeastArguments("expected at least %s arguments but got %s"),
    RequiresAtMostArguments("expected at most %s arguments but got %s"),
    /**
     * A lone define, use-trait or impl-trait in a contract or snippet whose text has no
     * "(define-": Clarinet runs such a source as one plain expression.
     */
    UndefinedFunction("'%s' is not a function here: a source of one expression with no \"(define-\" in its text runs as a plain expression, as Clarinet runs it"),
    CircularReference("a contract cannot call back into a function that is already running (%s)"),
    NoSuchContract("no contract '%s'"),
    NoSuchPublicFunction("contract '%s' has no public function '%s'"),
    BadTraitImplementation("the target does not implement method '%2$s' of trait %1$s as declared"),
    WriteAttemptedInReadOnly("a write was attempted in a read-only context"),
    AtBlockUnavailable("at-block is not available in this epoch"),
    ValueTooLarge("the value is larger than the 1 MiB maximum"),
    TypeSignatureTooDeep("types may be nested 32 levels deep at most"),
    CostBalanceExceeded("the transaction exceeds the block limit in %s: it has spent %s, the limit is %s"),
    /** A cost function the epoch's cost contract does not define. */
    CostComputationFailed("the cost of %s cannot be computed: %s"),
    MemoryBalanceExceeded("the transaction exceeds the memory limit: %s"),
    /** Unexpected serialization input, before epoch 3.4. */
    UnexpectedSerialization("the serialized value holds a principal version of 32 or more, which cannot be read before epoch 3.4"),
    /**
     * A contract name the reference's ContractName type refuses (a letter, then letters, digits,
     * '-' or '_', 128 at most): its transaction codec refuses such a deploy, the simnet panics.
     */
    BadNameValue("'%s' is not a valid contract name: a letter, then letters, digits, '-' or '_', %s characters at most"),
    /** The token name of a with-ft or with-nft allowance is not a valid Clarity name. */
    BadTokenName("'%s' is not a valid token name"),
    ExpectedContractPrincipalValue("expected a contract principal but got %s"),
    /** A failure the reference reports as a VM-internal error ({@code Internal(Expect(..))}); it aborts the transaction. */
    Internal("%s"),
    /**
     * A check the reference's runtime reports as unreachable ({@code RuntimeCheck(Unreachable(..))})
     * though a contract can reach it: replace-at? on a buffer or string with an element that is not
     * exactly one long (its SequenceElementArityMismatch, which analysis lets through).
     */
    Unreachable("%s"),
    /** A dynamic call through a trait that the target's defining contract does not define. */
    TraitReferenceUnknown("the trait %s is not defined by its contract"),
    /** A dynamic call of a function that the trait does not declare. */
    TraitMethodUnknown("trait %s has no method '%s'"),
    /** A dynamic call whose target returned a value the trait's method does not allow. */
    ReturnTypesMustMatch("the trait's method returns '%s' but the implementation returned a value of type '%s'"),
    /** contract-call? on a name that holds no contract: a constant before epoch 3.4, for instance. */
    ContractCallExpectName("'%s' does not hold a contract that contract-call? can call here");

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
