package io.clarity.chain;

import io.clarity.value.Bytes;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;

/**
 * An event emitted by a transaction. {@link #type()} is the name the clarinet-sdk uses
 * ({@code stx_transfer_event}, ...); {@link #toString()} is the oracle transcript's form.
 */
public sealed interface Event {

    /** The SDK's name of the event type. */
    String type();

    /** An STX transfer; the memo is empty unless {@code stx-transfer-memo?} gave one. */
    record StxTransfer(PrincipalValue sender, PrincipalValue recipient, UIntValue amount, Bytes memo) implements Event {
        @Override
        public String type() {
            return "stx_transfer_event";
        }

        @Override
        public String toString() {
            return type() + " amount=" + amount + " sender=" + sender + " recipient=" + recipient
                    + (memo.length() > 0 ? " memo=0x" + memo.toHex() : "");
        }
    }

    /** STX created (only by the chain itself, e.g. minting in tests). */
    record StxMint(PrincipalValue recipient, UIntValue amount) implements Event {
        @Override
        public String type() {
            return "stx_mint_event";
        }

        @Override
        public String toString() {
            return type() + " amount=" + amount + " recipient=" + recipient;
        }
    }

    /** STX destroyed by {@code stx-burn?}. */
    record StxBurn(PrincipalValue sender, UIntValue amount) implements Event {
        @Override
        public String type() {
            return "stx_burn_event";
        }

        @Override
        public String toString() {
            return type() + " amount=" + amount + " sender=" + sender;
        }
    }

    /** A fungible-token transfer. {@code asset} is {@code CONTRACT::token}. */
    record FtTransfer(String asset, PrincipalValue sender, PrincipalValue recipient, UIntValue amount) implements Event {
        @Override
        public String type() {
            return "ft_transfer_event";
        }

        @Override
        public String toString() {
            return type() + " asset=" + asset + " amount=" + amount + " sender=" + sender + " recipient=" + recipient;
        }
    }

    /** A fungible-token mint. */
    record FtMint(String asset, PrincipalValue recipient, UIntValue amount) implements Event {
        @Override
        public String type() {
            return "ft_mint_event";
        }

        @Override
        public String toString() {
            return type() + " asset=" + asset + " amount=" + amount + " recipient=" + recipient;
        }
    }

    /** A fungible-token burn. */
    record FtBurn(String asset, PrincipalValue sender, UIntValue amount) implements Event {
        @Override
        public String type() {
            return "ft_burn_event";
        }

        @Override
        public String toString() {
            return type() + " asset=" + asset + " amount=" + amount + " sender=" + sender;
        }
    }

    /** A non-fungible-token transfer. */
    record NftTransfer(String asset, PrincipalValue sender, PrincipalValue recipient, Value value) implements Event {
        @Override
        public String type() {
            return "nft_transfer_event";
        }

        @Override
        public String toString() {
            return type() + " asset=" + asset + " sender=" + sender + " recipient=" + recipient + " value=" + value;
        }
    }

    /** A non-fungible-token mint. */
    record NftMint(String asset, PrincipalValue recipient, Value value) implements Event {
        @Override
        public String type() {
            return "nft_mint_event";
        }

        @Override
        public String toString() {
            return type() + " asset=" + asset + " recipient=" + recipient + " value=" + value;
        }
    }

    /** A non-fungible-token burn. */
    record NftBurn(String asset, PrincipalValue sender, Value value) implements Event {
        @Override
        public String type() {
            return "nft_burn_event";
        }

        @Override
        public String toString() {
            return type() + " asset=" + asset + " sender=" + sender + " value=" + value;
        }
    }

    /** A {@code print}: the contract that printed and the value. */
    record Print(ContractPrincipalValue contract, Value value) implements Event {
        @Override
        public String type() {
            return "print_event";
        }

        @Override
        public String toString() {
            return type() + " contract=" + contract + " value=" + value;
        }
    }
}
