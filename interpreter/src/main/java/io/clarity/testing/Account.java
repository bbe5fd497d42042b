package io.clarity.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a standard account ({@code deployer}, {@code wallet_1} ... {@code wallet_8},
 * {@code faucet}) into a test parameter of a {@link ClarityTest} class: as its address when the
 * parameter is a {@code String}, or as its principal when it is a {@code StandardPrincipalValue},
 * {@code PrincipalValue} or {@code Value}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Account {

    /** The account's name. */
    String value();
}
