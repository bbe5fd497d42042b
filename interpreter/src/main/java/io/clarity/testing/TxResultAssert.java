package io.clarity.testing;

import io.clarity.Cl;
import io.clarity.Simnet;
import io.clarity.TxResult;
import io.clarity.chain.Event;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.ResponseValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the result of a transaction: its value (the same checks as {@link ValueAssert},
 * so {@code assertThat(result).isOk().isUint(1)} reads as on a value) and its events. Principals
 * are written as {@link Simnet} reads them ({@link Cl#principal}): standard account names
 * ({@code "wallet_1"}), addresses or contract ids, with or without the quote, or {@code ".escrow"}
 * or {@code "escrow"} for a contract of the deployer. Assets are written as
 * {@link Simnet#getAssetsMap} names them ({@code ".token.credit"}, the SDK's spelling) or as
 * events name them ({@code "ST1....token::credit"}): a contract, written as a principal, then
 * {@code .} or {@code ::} and the token; a bare contract name ({@code "token::credit"}) stands
 * for a contract of that name by any deployer.
 */
public final class TxResultAssert extends AbstractAssert<TxResultAssert, TxResult> {

    TxResultAssert(TxResult actual) {
        super(actual, TxResultAssert.class);
    }

    /** Continues with checks on the result's value. */
    public ValueAssert value() {
        isNotNull();
        ValueAssert a = new ValueAssert(actual.result());
        return info.hasDescription() ? a.as(info.description()) : a;
    }

    /** Checks that the result is {@code (ok ...)}; continues with the inner value. */
    public ValueAssert isOk() {
        return value().isOk();
    }

    public TxResultAssert isOk(Value expected) {
        value().isOk(expected);
        return this;
    }

    /** Checks that the result is {@code (err ...)}; continues with the inner value. */
    public ValueAssert isErr() {
        return value().isErr();
    }

    public TxResultAssert isErr(Value expected) {
        value().isErr(expected);
        return this;
    }

    /** Checks that the result is {@code (some ...)}; continues with the inner value. */
    public ValueAssert isSome() {
        return value().isSome();
    }

    public TxResultAssert isSome(Value expected) {
        value().isSome(expected);
        return this;
    }

    public TxResultAssert isNone() {
        value().isNone();
        return this;
    }

    /** Checks the printed form of the result's value. */
    public TxResultAssert printsAs(String expected) {
        value().printsAs(expected);
        return this;
    }

    // --- events ---------------------------------------------------------------------------

    public TxResultAssert hasNoEvents() {
        return hasEventCount(0);
    }

    public TxResultAssert hasEventCount(int expected) {
        isNotNull();
        if (actual.events().size() != expected) {
            failWithMessage("%s", "Expecting " + expected + " events but the result " + actual.result() + " has "
                    + actual.events().size() + listing());
        }
        return this;
    }

    /** Checks for a {@code print} of {@code value} (by any contract). */
    public TxResultAssert hasPrint(Value value) {
        return hasEvent("print_event value=" + value, e -> e instanceof Event.Print p && p.value().equals(value));
    }

    /** Checks for an STX transfer of {@code amount} micro-STX from {@code sender} to {@code recipient}. */
    public TxResultAssert hasStxTransfer(long amount, String sender, String recipient) {
        UIntValue a = Cl.uint(amount);
        PrincipalValue from = principal(sender);
        PrincipalValue to = principal(recipient);
        return hasEvent("stx_transfer_event amount=" + a + " sender=" + from + " recipient=" + to,
                e -> e instanceof Event.StxTransfer t && t.amount().equals(a) && t.sender().equals(from)
                        && t.recipient().equals(to));
    }

    /** Checks for an STX burn of {@code amount} micro-STX by {@code sender}. */
    public TxResultAssert hasStxBurn(long amount, String sender) {
        UIntValue a = Cl.uint(amount);
        PrincipalValue from = principal(sender);
        return hasEvent("stx_burn_event amount=" + a + " sender=" + from,
                e -> e instanceof Event.StxBurn b && b.amount().equals(a) && b.sender().equals(from));
    }

    public TxResultAssert hasFtMint(String asset, long amount, String recipient) {
        UIntValue a = Cl.uint(amount);
        PrincipalValue to = principal(recipient);
        return hasEvent("ft_mint_event asset=" + asset + " amount=" + a + " recipient=" + to,
                e -> e instanceof Event.FtMint m && isAsset(m.asset(), asset) && m.amount().equals(a)
                        && m.recipient().equals(to));
    }

    public TxResultAssert hasFtTransfer(String asset, long amount, String sender, String recipient) {
        UIntValue a = Cl.uint(amount);
        PrincipalValue from = principal(sender);
        PrincipalValue to = principal(recipient);
        return hasEvent("ft_transfer_event asset=" + asset + " amount=" + a + " sender=" + from + " recipient=" + to,
                e -> e instanceof Event.FtTransfer t && isAsset(t.asset(), asset) && t.amount().equals(a)
                        && t.sender().equals(from) && t.recipient().equals(to));
    }

    public TxResultAssert hasFtBurn(String asset, long amount, String sender) {
        UIntValue a = Cl.uint(amount);
        PrincipalValue from = principal(sender);
        return hasEvent("ft_burn_event asset=" + asset + " amount=" + a + " sender=" + from,
                e -> e instanceof Event.FtBurn b && isAsset(b.asset(), asset) && b.amount().equals(a)
                        && b.sender().equals(from));
    }

    public TxResultAssert hasNftMint(String asset, Value id, String recipient) {
        PrincipalValue to = principal(recipient);
        return hasEvent("nft_mint_event asset=" + asset + " recipient=" + to + " value=" + id,
                e -> e instanceof Event.NftMint m && isAsset(m.asset(), asset) && m.value().equals(id)
                        && m.recipient().equals(to));
    }

    public TxResultAssert hasNftTransfer(String asset, Value id, String sender, String recipient) {
        PrincipalValue from = principal(sender);
        PrincipalValue to = principal(recipient);
        return hasEvent("nft_transfer_event asset=" + asset + " sender=" + from + " recipient=" + to + " value=" + id,
                e -> e instanceof Event.NftTransfer t && isAsset(t.asset(), asset) && t.value().equals(id)
                        && t.sender().equals(from) && t.recipient().equals(to));
    }

    public TxResultAssert hasNftBurn(String asset, Value id, String sender) {
        PrincipalValue from = principal(sender);
        return hasEvent("nft_burn_event asset=" + asset + " sender=" + from + " value=" + id,
                e -> e instanceof Event.NftBurn b && isAsset(b.asset(), asset) && b.value().equals(id)
                        && b.sender().equals(from));
    }

    private TxResultAssert hasEvent(String description, Predicate<Event> matches) {
        isNotNull();
        if (actual.events().stream().noneMatch(matches)) {
            failWithMessage("%s", "Expecting an event\n  " + description + "\nbut the result " + actual.result()
                    + " has " + actual.events().size() + " events" + listing());
        }
        return this;
    }

    private String listing() {
        StringBuilder sb = new StringBuilder();
        if (actual.events().isEmpty()) {
            if (actual.result() instanceof ResponseValue r && !r.isOk()) {
                sb.append("\n(a call that returns (err ...) keeps no events)");
            }
            return sb.toString();
        }
        sb.append(':');
        for (Event e : actual.events()) {
            sb.append("\n  ").append(e);
        }
        return sb.toString();
    }

    /** Reads a principal as the class comment describes. */
    static PrincipalValue principal(String text) {
        return Cl.principal(text);
    }

    /** Whether the event's {@code actual} asset id ({@code ST....contract::token}) is the one {@code expected} names. */
    static boolean isAsset(String actual, String expected) {
        String e = expected.strip();
        int sep = e.indexOf("::");
        int tokenAt = sep >= 0 ? sep + 2 : e.lastIndexOf('.') + 1;
        if (tokenAt <= 1) {
            return false;
        }
        String contract = e.substring(0, sep >= 0 ? sep : tokenAt - 1);
        String token = e.substring(tokenAt);
        if (!contract.startsWith(".") && !contract.contains(".") && ContractPrincipalValue.isValidName(contract)) {
            return actual.endsWith("." + contract + "::" + token);
        }
        try {
            return actual.equals(Cl.principal(contract).address() + "::" + token);
        } catch (IllegalArgumentException notAContract) {
            return false;
        }
    }
}
