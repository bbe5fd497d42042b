package io.clarity.natives;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.chain.UndoLog;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.eval.CallContext;
import io.clarity.eval.EarlyReturn;
import io.clarity.eval.Evaluator;
import io.clarity.eval.Locals;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.ErrValue;
import io.clarity.value.OkValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import io.clarity.vocabulary.NativeFunction;
import java.util.List;

/**
 * The natives of Clarity 4 asset guards: {@code restrict-assets?}, {@code as-contract?} and their
 * allowances. A guard evaluates its allowances, then runs its body in a nested context and checks
 * what the body moved out of the owner (the context's asset map, which includes what committed
 * inner calls moved) against the allowances: on a violation the body is rolled back and the guard
 * returns {@code (err index)}; otherwise it commits and returns {@code (ok last)}.
 */
final class PostConditions {

    private PostConditions() {
    }

    /** {@code (restrict-assets? owner (allowance...) body...)}: guards {@code owner}'s assets. */
    static Value restrictAssets(List<Expr> args, CallContext ctx, Locals locals) {
        PrincipalValue owner = (PrincipalValue) Evaluator.eval(args.get(0), ctx, locals);
        ListExpr list = (ListExpr) args.get(1);
        ctx.exec().costs().charge(NativeFunction.RESTRICT_ASSETS, list.size());
        Allowances allowances = Allowances.evaluate(list, ctx, locals);
        return guard(owner, allowances, args.subList(2, args.size()), ctx, locals);
    }

    /**
     * {@code (as-contract? (allowance...) body...)}: runs the body as the contract (tx-sender and
     * contract-caller) and guards the contract's own assets. The allowances are evaluated before,
     * as the caller.
     */
    static Value asContractSafe(List<Expr> args, CallContext ctx, Locals locals) {
        ListExpr list = (ListExpr) args.get(0);
        ctx.exec().costs().charge(NativeFunction.AS_CONTRACT_SAFE, list.size());
        Allowances allowances = Allowances.evaluate(list, ctx, locals);
        ContractPrincipalValue self = ctx.contract().id();
        ctx.exec().holdAsContractMemory();
        try {
            return guard(self, allowances, args.subList(1, args.size()), ctx.withPrincipal(self), locals);
        } finally {
            ctx.exec().leaveAsContract();
        }
    }

    /**
     * Runs the body in a nested context and checks it. As in the reference, a body that fails
     * (a runtime error or an early exit) is still checked: a violation wins and becomes the
     * result, otherwise the context commits and the failure goes on. Only the failures that
     * make the reference reject the transaction outright skip the check.
     */
    private static Value guard(PrincipalValue owner, Allowances allowances, List<Expr> body, CallContext ctx,
                               Locals locals) {
        UndoLog log = ctx.exec().state().log();
        log.begin(false);
        Value last = null;
        RuntimeException failure = null;
        try {
            for (Expr e : body) {
                last = Evaluator.eval(e, ctx, locals);
            }
        } catch (EarlyReturn e) {
            failure = e;
        } catch (ClarityError e) {
            if (rejectsTransaction(e)) {
                log.rollback();
                throw e;
            }
            failure = e;
        } catch (RuntimeException e) {
            log.rollback();
            throw e;
        }
        int violation;
        try {
            violation = allowances.firstViolation(owner, log.outflows(), ctx.exec().epoch());
        } catch (RuntimeException e) {
            log.rollback();
            throw e;
        }
        if (violation != Allowances.NONE) {
            log.rollback();
            return new ErrValue(UIntValue.of(violation));
        }
        log.commit();
        if (failure != null) {
            throw failure;
        }
        return new OkValue(last);
    }

    /** The errors the reference calls rejectable: they abort the guard without any check. */
    private static boolean rejectsTransaction(ClarityError e) {
        return e.kind() == RuntimeErrorKind.CostBalanceExceeded || e.kind() == RuntimeErrorKind.Internal;
    }

    /**
     * An allowance ({@code with-stx}, {@code with-ft}, ...) evaluated on its own: its guard reads
     * it instead, and the type checker admits allowances only in a guard's list.
     */
    static Value allowanceOutsideGuard(List<Expr> args, CallContext ctx, Locals locals) {
        throw CheckErrorKind.AllowanceExprNotAllowed.error();
    }
}
