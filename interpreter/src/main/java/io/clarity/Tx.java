package io.clarity;

import io.clarity.value.Value;
import io.clarity.version.ClarityVersion;
import java.util.List;

/**
 * A transaction to put in a block with {@link Simnet#mineBlock}, in the image of the
 * clarinet-sdk's {@code tx} helpers. Contracts and principals are written as the SDK writes
 * them: {@code "counter"} (the deployer's), {@code ".counter"}, {@code "ST1...counter"}; senders
 * and recipients as account names ({@code "wallet_1"}) or addresses.
 */
public sealed interface Tx {

    /** A call of a public function. */
    record CallPublic(String contract, String function, List<Value> args, String sender) implements Tx {
        public CallPublic {
            args = List.copyOf(args);
        }
    }

    /** A call of a private function (a testing facility of the simnet). */
    record CallPrivate(String contract, String function, List<Value> args, String sender) implements Tx {
        public CallPrivate {
            args = List.copyOf(args);
        }
    }

    /** A deploy; a null version means the epoch's default. */
    record Deploy(String name, String source, ClarityVersion version, String sender) implements Tx {
    }

    /** An STX transfer of {@code amount} micro-STX. */
    record TransferStx(long amount, String recipient, String sender) implements Tx {
    }

    static Tx callPublic(String contract, String function, List<Value> args, String sender) {
        return new CallPublic(contract, function, args, sender);
    }

    static Tx callPrivate(String contract, String function, List<Value> args, String sender) {
        return new CallPrivate(contract, function, args, sender);
    }

    static Tx deploy(String name, String source, ClarityVersion version, String sender) {
        return new Deploy(name, source, version, sender);
    }

    static Tx transferStx(long amount, String recipient, String sender) {
        return new TransferStx(amount, recipient, sender);
    }
}
