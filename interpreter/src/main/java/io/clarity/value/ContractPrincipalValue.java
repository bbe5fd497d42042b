package io.clarity.value;

import java.util.Objects;

/** A contract principal: the deploying account and the contract name. */
public record ContractPrincipalValue(StandardPrincipalValue issuer, String name) implements PrincipalValue {

    public ContractPrincipalValue {
        Objects.requireNonNull(issuer);
        Objects.requireNonNull(name);
    }

    /** Parses {@code ST....name}; null if invalid. */
    public static ContractPrincipalValue parse(String id) {
        int dot = id.indexOf('.');
        if (dot < 0) {
            return null;
        }
        StandardPrincipalValue issuer = StandardPrincipalValue.parse(id.substring(0, dot));
        String name = id.substring(dot + 1);
        if (issuer == null || !isValidName(name)) {
            return null;
        }
        return new ContractPrincipalValue(issuer, name);
    }

    /** Whether {@code name} is a legal contract name: a letter, then letters, digits, '-' or '_', 40 at most. */
    public static boolean isValidName(String name) {
        return isValidName(name, 40);
    }

    /**
     * Whether {@code name} is a letter, then letters, digits, '-' or '_', {@code maxLength} at
     * most: 40 in principal literals, 128 for the name a contract is deployed as (the reference's
     * ContractName type).
     */
    public static boolean isValidName(String name, int maxLength) {
        if (name.isEmpty() || name.length() > maxLength || !isAsciiLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    @Override
    public String address() {
        return issuer.address() + "." + name;
    }

    @Override
    public String toString() {
        return "'" + address();
    }

    // equals and hashCode written out (the values a record's generated ones give): the generated
    // ones are linked at their first call by method handles that the JVM spins classes for, at
    // every start

    @Override
    public boolean equals(Object other) {
        return other instanceof ContractPrincipalValue o
                && Objects.equals(issuer, o.issuer)
                && Objects.equals(name, o.name);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(issuer) + Objects.hashCode(name);
    }
}
