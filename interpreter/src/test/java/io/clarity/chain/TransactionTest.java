package io.clarity.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clarity.error.ClarityError;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.value.ErrValue;
import io.clarity.value.OkValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The transaction boundary: what it keeps, what it rolls back, and the events it hands back. */
class TransactionTest {

    private static final StandardPrincipalValue ALICE = StandardPrincipalValue.parse("ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5");

    private final ChainState state = new ChainState();
    private final UndoLog log = state.log();

    /** Mints {@code amount} to Alice with its event, and returns {@code value}. */
    private Value mint(long amount, Value value) {
        state.mintStx(ALICE, UIntValue.of(amount));
        log.emit(new Event.StxMint(ALICE, UIntValue.of(amount)));
        return value;
    }

    @ParameterizedTest(name = "{0} of a body returning {1}")
    @CsvSource({
        "RESPONSE, ok, true",
        "RESPONSE, err, false",
        "RESPONSE, plain, true",
        "UNCONDITIONAL, ok, true",
        "UNCONDITIONAL, err, true",
        "READ_ONLY, ok, false",
        "READ_ONLY, plain, false"})
    void keepsWhatItsKindAndValueSay(Transaction.Kind kind, String returned, boolean kept) {
        Value value = switch (returned) {
            case "ok" -> new OkValue(UIntValue.of(1));
            case "err" -> new ErrValue(UIntValue.of(1));
            default -> UIntValue.of(1);
        };
        if (kind == Transaction.Kind.READ_ONLY) {
            // a read-only transaction refuses writes: it can only emit
            Transaction.Receipt<Value> r = Transaction.run(log, kind, null, () -> {
                log.emit(new Event.StxMint(ALICE, UIntValue.of(5)));
                return value;
            });
            assertThat(r.value()).isEqualTo(value);
            assertThat(r.events()).isEmpty();
            return;
        }
        Transaction.Receipt<Value> r = Transaction.run(log, kind, null, () -> mint(5, value));
        assertThat(r.value()).isEqualTo(value);
        assertThat(Transaction.commits(kind, value)).isEqualTo(kept);
        assertThat(state.stxBalance(ALICE)).isEqualTo(UIntValue.of(kept ? 5 : 0));
        assertThat(state.liquidSupply()).isEqualTo(UIntValue.of(kept ? 5 : 0));
        assertThat(r.events()).isEqualTo(kept ? List.of(new Event.StxMint(ALICE, UIntValue.of(5))) : List.of());
        assertThat(log.depth()).isZero();
    }

    @Test
    void aReadOnlyTransactionRefusesWrites() {
        assertThatThrownBy(() -> Transaction.run(log, Transaction.Kind.READ_ONLY, null, () -> mint(5, UIntValue.of(1))))
                .isInstanceOfSatisfying(ClarityError.class,
                        e -> assertThat(e.kind()).isEqualTo(RuntimeErrorKind.WriteAttemptedInReadOnly));
        assertThat(state.stxBalance(ALICE)).isEqualTo(UIntValue.ZERO);
        assertThat(log.depth()).isZero();
    }

    @Test
    void anExceptionRollsBackStateAndEventsWhateverTheKind() {
        Transaction.run(log, Transaction.Kind.UNCONDITIONAL, null, () -> mint(3, UIntValue.of(1)));
        RuntimeException failure = new IllegalStateException("boom");
        for (Transaction.Kind kind : List.of(Transaction.Kind.UNCONDITIONAL, Transaction.Kind.RESPONSE)) {
            List<Event> seen = new ArrayList<>();
            assertThatThrownBy(() -> Transaction.run(log, kind, seen::add, () -> {
                mint(5, UIntValue.of(1));
                throw failure;
            })).isSameAs(failure);
            // the observer saw the event that the rollback dropped
            assertThat(seen).containsExactly(new Event.StxMint(ALICE, UIntValue.of(5)));
        }
        assertThat(state.stxBalance(ALICE)).isEqualTo(UIntValue.of(3));
        assertThat(state.liquidSupply()).isEqualTo(UIntValue.of(3));
        assertThat(log.depth()).isZero();
        assertThat(log.eventCount()).isZero();
    }

    @Test
    void nestedTransactionsCommitIntoTheirParentAndRollBackAlone() {
        Transaction.Receipt<Value> r = Transaction.run(log, Transaction.Kind.UNCONDITIONAL, null, () -> {
            mint(1, null);
            Transaction.begin(log, Transaction.Kind.RESPONSE);
            assertThat(log.depth()).isEqualTo(2);
            Transaction.end(log, Transaction.Kind.RESPONSE, mint(10, new OkValue(UIntValue.of(1))));
            Transaction.begin(log, Transaction.Kind.RESPONSE);
            Transaction.end(log, Transaction.Kind.RESPONSE, mint(100, new ErrValue(UIntValue.of(1))));
            Transaction.begin(log, Transaction.Kind.UNCONDITIONAL);
            mint(1000, null);
            Transaction.fail(log);
            // inner events are still held until the outermost transaction ends
            assertThat(log.eventCount()).isEqualTo(2);
            return UIntValue.of(7);
        });
        assertThat(state.stxBalance(ALICE)).isEqualTo(UIntValue.of(11));
        assertThat(r.events()).containsExactly(new Event.StxMint(ALICE, UIntValue.of(1)),
                new Event.StxMint(ALICE, UIntValue.of(10)));
        assertThat(log.depth()).isZero();
    }

    @Test
    void eventsAreClearedOnlyWhenTheOutermostTransactionEnds() {
        log.begin(false);
        Transaction.Receipt<Value> inner = Transaction.run(log, Transaction.Kind.UNCONDITIONAL, null,
                () -> mint(2, UIntValue.of(1)));
        assertThat(inner.events()).hasSize(1);
        // still inside the enclosing context: its receipt will need the event
        assertThat(log.eventCount()).isEqualTo(1);
        log.commit();
        Transaction.Receipt<Value> outer = Transaction.run(log, Transaction.Kind.UNCONDITIONAL, null,
                () -> mint(3, UIntValue.of(1)));
        assertThat(outer.events()).containsExactly(new Event.StxMint(ALICE, UIntValue.of(3)));
        assertThat(log.eventCount()).isZero();
    }

    @Test
    void theObserverIsToldOnlyDuringTheTransaction() {
        List<Event> seen = new ArrayList<>();
        Transaction.run(log, Transaction.Kind.UNCONDITIONAL, seen::add, () -> mint(1, null));
        Transaction.run(log, Transaction.Kind.UNCONDITIONAL, null, () -> mint(2, null));
        assertThat(seen).containsExactly(new Event.StxMint(ALICE, UIntValue.of(1)));
    }
}
