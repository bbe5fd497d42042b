package io.clarity.value;

/** A standard principal (an account) or a contract principal. */
public sealed interface PrincipalValue extends Value permits StandardPrincipalValue, ContractPrincipalValue {

    /** The address without the leading quote: {@code ST...} or {@code ST....name}. */
    String address();
}
