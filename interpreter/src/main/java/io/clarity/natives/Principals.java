package io.clarity.natives;

import io.clarity.ast.Expr;
import io.clarity.eval.CallContext;
import io.clarity.eval.Locals;
import io.clarity.value.Value;
import java.util.List;

/** The natives of principals: construction, destruction, network checks, contract hashes. */
final class Principals {

    private Principals() {
    }

    /** {@code is-standard}. */
    static Value isStandard(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.IS_STANDARD);
    }

    /** {@code principal-destruct?}. */
    static Value principalDestruct(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.PRINCIPAL_DESTRUCT);
    }

    /** {@code principal-construct?}. */
    static Value principalConstruct(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.PRINCIPAL_CONSTRUCT);
    }

    /** {@code principal-of?}. */
    static Value principalOf(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.PRINCIPAL_OF);
    }

    /** {@code contract-hash?}. */
    static Value contractHash(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.CONTRACT_HASH);
    }
}
