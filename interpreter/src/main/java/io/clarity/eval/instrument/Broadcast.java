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

/** Several listeners as one: each callback goes to every listener, in the order given. */
final class Broadcast implements ExecutionListener {

    private final ExecutionListener[] listeners;

    Broadcast(List<ExecutionListener> listeners) {
        this.listeners = listeners.toArray(ExecutionListener[]::new);
    }

    @Override
    public void enter(ListExpr expr, CallContext ctx, Locals locals) {
        for (ExecutionListener l : listeners) {
            l.enter(expr, ctx, locals);
        }
    }

    @Override
    public void exit(ListExpr expr, CallContext ctx, Value value) {
        for (ExecutionListener l : listeners) {
            l.exit(expr, ctx, value);
        }
    }

    @Override
    public void exitEarly(ListExpr expr, CallContext ctx, Value value, String form) {
        for (ExecutionListener l : listeners) {
            l.exitEarly(expr, ctx, value, form);
        }
    }

    @Override
    public void fail(ListExpr expr, CallContext ctx, ClarityError error) {
        for (ExecutionListener l : listeners) {
            l.fail(expr, ctx, error);
        }
    }

    @Override
    public void branch(NativeFunction form, int taken, int arms, CallContext ctx) {
        for (ExecutionListener l : listeners) {
            l.branch(form, taken, arms, ctx);
        }
    }

    @Override
    public void bind(String name, Value value, CallContext ctx) {
        for (ExecutionListener l : listeners) {
            l.bind(name, value, ctx);
        }
    }

    @Override
    public void call(DeployedContract contract, Definition.Function f, List<Value> args, CallContext ctx) {
        for (ExecutionListener l : listeners) {
            l.call(contract, f, args, ctx);
        }
    }

    @Override
    public void returned(DeployedContract contract, Definition.Function f, Value result, CallContext ctx) {
        for (ExecutionListener l : listeners) {
            l.returned(contract, f, result, ctx);
        }
    }

    @Override
    public void failed(DeployedContract contract, Definition.Function f, ClarityError error, CallContext ctx) {
        for (ExecutionListener l : listeners) {
            l.failed(contract, f, error, ctx);
        }
    }

    @Override
    public void state(StateAccess access, CallContext ctx) {
        for (ExecutionListener l : listeners) {
            l.state(access, ctx);
        }
    }

    @Override
    public void event(Event e, CallContext ctx) {
        for (ExecutionListener l : listeners) {
            l.event(e, ctx);
        }
    }
}
