package io.clarity.eval.instrument;

import io.clarity.ast.ListExpr;
import io.clarity.chain.DeployedContract;
import io.clarity.chain.Event;
import io.clarity.definitions.Definition;
import io.clarity.error.ClarityError;
import io.clarity.eval.CallContext;
import io.clarity.eval.Locals;
import io.clarity.value.Value;
import io.clarity.vocabulary.NativeFunction;
import java.util.List;
import java.util.Objects;

/**
 * What an instrument (a step recorder, a debugger, coverage, a cost profile, the simnet's call
 * tracer) is told while code runs, in the order it happens. Every method does nothing by
 * default, so a listener overrides only what it needs. Calls come on the thread that runs the
 * code and wait for the listener, so a debugger may block in any of them.
 *
 * <p><b>Expressions.</b> Every application (a {@link ListExpr}) is entered, then left in exactly
 * one of three ways: {@link #exit} with its value, {@link #exitEarly} when an early return
 * ({@code asserts!}, {@code unwrap!}, {@code unwrap-err!}, {@code try!}) passes through it, or
 * {@link #fail} with a runtime error. Atoms and literals are not applications: a variable's
 * lookup is part of the enclosing application. The cost of an expression is what the
 * transaction's tracker ({@code ctx.exec().costs().total()}) gained between its enter and its
 * exit: enter comes before the application is charged anything.
 *
 * <p><b>Where.</b> {@link #branch}, {@link #bind}, {@link #state} and {@link #event} happen
 * while the expression that caused them is the innermost one entered and not yet left, which
 * {@code ctx.exec().expression()} gives (a native applied by {@code map}, {@code filter} or
 * {@code fold} reports at that {@code map}'s expression); its span and {@code ctx.contract()}
 * place them ({@code contract:line}), a {@code print} for instance.
 *
 * <p><b>Functions.</b> A user function's call ({@link #call}) comes after its arguments are
 * evaluated and before its body runs; it ends with {@link #returned} (also when an early return
 * made the result) or {@link #failed}.
 */
public interface ExecutionListener {

    /** Application {@code expr} of {@code ctx.contract()}'s code begins, with {@code locals} in scope. */
    default void enter(ListExpr expr, CallContext ctx, Locals locals) {
    }

    /** Application {@code expr} gave {@code value}. */
    default void exit(ListExpr expr, CallContext ctx, Value value) {
    }

    /**
     * An early return of {@code value} by {@code form} ({@code asserts!}, {@code unwrap!},
     * {@code unwrap-err!}, {@code try!}) leaves application {@code expr}: first the form's own
     * expression, then each enclosing one up to the function's body.
     */
    default void exitEarly(ListExpr expr, CallContext ctx, Value value, String form) {
    }

    /** Application {@code expr} failed with {@code error} (which carries the innermost position). */
    default void fail(ListExpr expr, CallContext ctx, ClarityError error) {
    }

    /**
     * A branching form took arm {@code taken} of {@code arms}. The arms, form by form:
     * <ul>
     *   <li>{@code if}: 0 then, 1 else (of 2);</li>
     *   <li>{@code match}: 0 the {@code some}/{@code ok} arm, 1 the {@code none}/{@code err} arm (of 2);</li>
     *   <li>{@code and}, {@code or}: the index of the argument that short-circuited, or the
     *       number of arguments when none did (of arguments + 1);</li>
     *   <li>{@code asserts!}, {@code unwrap!}, {@code unwrap-err!}, {@code try!}: 0 went on,
     *       1 returned early (of 2);</li>
     *   <li>{@code unwrap-panic}, {@code unwrap-err-panic}: 0 unwrapped, 1 failed (of 2);</li>
     *   <li>{@code default-to}: 0 the optional was {@code some}, 1 the default was taken (of 2).</li>
     * </ul>
     */
    default void branch(NativeFunction form, int taken, int arms, CallContext ctx) {
    }

    /** {@code let} or {@code match} bound {@code name} to {@code value}. */
    default void bind(String name, Value value, CallContext ctx) {
    }

    /**
     * User function {@code f} of {@code contract} is called with {@code args}; {@code ctx} is
     * the callee's invocation (its contract, {@code tx-sender} and {@code contract-caller}).
     */
    default void call(DeployedContract contract, Definition.Function f, List<Value> args, CallContext ctx) {
    }

    /** The innermost function called returned {@code result}. */
    default void returned(DeployedContract contract, Definition.Function f, Value result, CallContext ctx) {
    }

    /** The innermost function called failed with {@code error}. */
    default void failed(DeployedContract contract, Definition.Function f, ClarityError error, CallContext ctx) {
    }

    /** Chain state was read or written (see {@link StateAccess}). */
    default void state(StateAccess access, CallContext ctx) {
    }

    /**
     * {@code e} was emitted, even if a rollback drops it later (a {@code print} of a read-only
     * call or of a call that fails is reported too).
     */
    default void event(Event e, CallContext ctx) {
    }

    /**
     * One listener telling all of {@code listeners} in order; null when there is none (so that
     * an execution without listeners pays one null check), the listener itself when there is one.
     */
    static ExecutionListener of(List<? extends ExecutionListener> listeners) {
        List<ExecutionListener> present = listeners.stream().filter(Objects::nonNull)
                .map(ExecutionListener.class::cast).toList();
        return switch (present.size()) {
            case 0 -> null;
            case 1 -> present.get(0);
            default -> new Broadcast(present);
        };
    }
}
