package io.clarity.natives;

import io.clarity.ast.Expr;
import io.clarity.eval.CallContext;
import io.clarity.eval.Locals;
import io.clarity.value.Value;
import java.util.List;

/** The natives of calls between contracts and traits. */
final class Contracts {

    private Contracts() {
    }

    /** {@code contract-call?}. */
    static Value contractCall(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.CONTRACT_CALL);
    }

    /** {@code contract-of}. */
    static Value contractOf(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.CONTRACT_OF);
    }
}
