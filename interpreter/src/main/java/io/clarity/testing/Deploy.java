package io.clarity.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A contract to deploy before the tests of a {@link ClarityTest} class (on the class: once, then
 * restored from a snapshot for each test) or before one test (on the method). Give exactly one
 * of {@link #path()}, {@link #resource()} and {@link #source()}. Deploys happen in the order of
 * the annotations, enclosing classes first.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(Deploys.class)
public @interface Deploy {

    /** The contract's name; its id is {@code <sender>.<name>}. */
    String name();

    /** A file, relative to the working directory (under Maven, the module's directory). */
    String path() default "";

    /** A class-path resource ({@code "contracts/counter.clar"}). */
    String resource() default "";

    /** The source itself. */
    String source() default "";

    /** The Clarity version, 1 to 5; 0 means the epoch's default. */
    int clarityVersion() default 0;

    /** Who deploys: an account name or an address. */
    String sender() default "deployer";
}
