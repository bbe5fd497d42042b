package io.clarity;

import io.clarity.chain.ChainState;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.StandardPrincipalValue;
import java.util.Map;

/**
 * Reads principals and contract identifiers written as the clarinet-sdk's users write them:
 * account names ({@code wallet_1}), addresses ({@code ST1...}, with or without a quote), contract
 * ids ({@code ST1....counter}) and contract names ({@code counter}, {@code .counter}).
 */
final class PrincipalNames {

    private final Map<String, StandardPrincipalValue> accounts;
    private final ChainState state;

    PrincipalNames(Map<String, StandardPrincipalValue> accounts, ChainState state) {
        this.accounts = accounts;
        this.state = state;
    }

    /** The account {@code name} ({@code "wallet_1"}). */
    StandardPrincipalValue account(String name) {
        StandardPrincipalValue p = accounts.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no account \"" + name + "\" (accounts: "
                    + String.join(", ", accounts.keySet()) + ")");
        }
        return p;
    }

    /** An account name, a standard address, a contract id, or the name of a deployed contract. */
    PrincipalValue principal(String text) {
        String t = unquote(text);
        StandardPrincipalValue account = accounts.get(t);
        if (account != null) {
            return account;
        }
        if (t.contains(".")) {
            return contract(t);
        }
        StandardPrincipalValue p = StandardPrincipalValue.parse(t);
        if (p != null) {
            return p;
        }
        if (ContractPrincipalValue.isValidName(t)) {
            ContractPrincipalValue c = contract(t);
            if (state.contract(c) != null) {
                return c;
            }
        }
        throw new IllegalArgumentException("not an account, an address or a deployed contract: \"" + text
                + "\" (accounts: " + String.join(", ", accounts.keySet()) + ")");
    }

    /** An account name or a standard address: who can send a transaction. */
    StandardPrincipalValue sender(String text) {
        if (principal(text) instanceof StandardPrincipalValue p) {
            return p;
        }
        throw new IllegalArgumentException("a transaction's sender must be an account, not a contract: " + text);
    }

    /**
     * {@code ST....name} as written; {@code .name} as the deployer's; a bare {@code name} as the
     * deployer's, or as the only deployed contract of that name when the deployer has none.
     */
    ContractPrincipalValue contract(String text) {
        String t = unquote(text);
        StandardPrincipalValue deployer = accounts.get("deployer");
        if (t.startsWith(".")) {
            return checkedName(deployer, t.substring(1), text);
        }
        if (t.contains(".")) {
            ContractPrincipalValue id = ContractPrincipalValue.parse(t);
            if (id == null) {
                throw new IllegalArgumentException("not a contract identifier: \"" + text + "\"");
            }
            return id;
        }
        ContractPrincipalValue own = checkedName(deployer, t, text);
        if (state.contract(own) != null) {
            return own;
        }
        ContractPrincipalValue found = null;
        for (ContractPrincipalValue id : state.contracts().keySet()) {
            if (id.name().equals(t)) {
                if (found != null) {
                    throw new IllegalArgumentException("\"" + t + "\" names several contracts (" + found.address()
                            + ", " + id.address() + "): write the full identifier");
                }
                found = id;
            }
        }
        return found != null ? found : own;
    }

    private static ContractPrincipalValue checkedName(StandardPrincipalValue issuer, String name, String text) {
        if (!ContractPrincipalValue.isValidName(name)) {
            throw new IllegalArgumentException("not a contract name: \"" + text + "\"");
        }
        return new ContractPrincipalValue(issuer, name);
    }

    private static String unquote(String s) {
        String t = s.strip();
        return t.startsWith("'") ? t.substring(1) : t;
    }
}
