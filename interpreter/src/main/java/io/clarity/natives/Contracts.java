package io.clarity.natives;

import io.clarity.analysis.FunctionSignature;
import io.clarity.analysis.TraitSignature;
import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.LiteralExpr;
import io.clarity.chain.DeployedContract;
import io.clarity.definitions.Definition;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.eval.CallContext;
import io.clarity.eval.Evaluator;
import io.clarity.eval.ExecutionContext;
import io.clarity.eval.Locals;
import io.clarity.value.CallableValue;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.TraitIdentifier;
import io.clarity.value.TypeSignature;
import io.clarity.value.Value;
import io.clarity.value.ValueTypes;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.DefineKind;
import io.clarity.vocabulary.NativeFunction;
import java.util.List;

/** The natives of calls between contracts and traits. */
final class Contracts {

    private Contracts() {
    }

    /**
     * {@code contract-call?}: evaluates the arguments, finds the target (a contract principal
     * literal, a trait reference, or from Clarity 2 in epoch 3.4 a constant), and calls the
     * function there as a transaction of its own with the calling contract as
     * {@code contract-caller} ({@code tx-sender} unchanged): if it returns {@code err}, only
     * its own writes and events are undone. A call through a trait that the target does not
     * declare with impl-trait checks the target against the trait first, and its result after.
     */
    static Value contractCall(List<Expr> args, CallContext ctx, Locals locals) {
        ExecutionContext exec = ctx.exec();
        if (exec.looksUpCallTargets() && args.get(0) instanceof AtomExpr target) {
            Evaluator.lookUpForTracer(target, ctx, locals);
        }
        exec.costs().charge(NativeFunction.CONTRACT_CALL);
        String function = ((AtomExpr) args.get(1)).name();
        List<Value> values = Evaluator.evalAll(args.subList(2, args.size()), ctx, locals);
        ContractPrincipalValue target;
        TypeSignature returns = null;
        if (args.get(0) instanceof LiteralExpr lit) {
            target = (ContractPrincipalValue) lit.value();
        } else {
            String name = ((AtomExpr) args.get(0)).name();
            CallableValue callable = callable(name, ctx, locals);
            target = callable.contract();
            if (callable.trait() != null) {
                returns = checkDynamicTarget(callable, function, ctx);
            }
        }
        Value result = Evaluator.callContract(target, function, values, ctx, ctx.contract().id());
        // the result is sanitized as it crosses back (which only changes the types values carry)
        result = ValueTypes.sanitized(exec.epoch(), result);
        if (returns != null && !ValueTypes.admitsValue(exec.epoch(), returns, result)) {
            throw RuntimeErrorKind.ReturnTypesMustMatch.error(returns, ValueTypes.typeOf(result));
        }
        return result;
    }

    /** What a name given to contract-call? holds: a trait reference, or a contract to call statically. */
    private static CallableValue callable(String name, CallContext ctx, Locals locals) {
        DeployedContract self = ctx.contract();
        if (self.version().atLeast(ClarityVersion.CLARITY2) && ctx.exec().epoch().supportsCallWithConstant()
                && self.constant(name) instanceof ContractPrincipalValue c) {
            return new CallableValue(c, null);
        }
        if (locals.lookup(name) instanceof CallableValue c) {
            return c;
        }
        throw RuntimeErrorKind.ContractCallExpectName.error(name);
    }

    /**
     * Checks a dynamic target: not the calling contract itself (that would be re-entry), and,
     * unless it declares the trait with impl-trait, a public or read-only function whose
     * parameters accept the method's. Returns the method's return type, which the result must
     * fit, or null when the declaration was checked at deploy time.
     */
    private static TypeSignature checkDynamicTarget(CallableValue callable, String function, CallContext ctx) {
        ContractPrincipalValue target = callable.contract();
        TraitIdentifier trait = callable.trait();
        if (target.equals(ctx.contract().id())) {
            throw RuntimeErrorKind.CircularReference.error(target.name());
        }
        ExecutionContext exec = ctx.exec();
        DeployedContract callee = exec.state().contract(target);
        if (callee == null) {
            throw RuntimeErrorKind.NoSuchContract.error(target.address());
        }
        if (callee.analysis().implementedTraits().contains(trait)) {
            return null;
        }
        DeployedContract definer = exec.state().contract(trait.contract());
        if (definer == null) {
            throw RuntimeErrorKind.NoSuchContract.error(trait.contract().address());
        }
        Definition.Function f = callee.function(function);
        if (f == null) {
            throw RuntimeErrorKind.BadTraitImplementation.error(trait.name(), function);
        }
        if (f.kind() == DefineKind.DEFINE_PRIVATE) {
            throw RuntimeErrorKind.NoSuchPublicFunction.error(target.address(), function);
        }
        Epoch epoch = exec.epoch();
        TraitSignature sig = definer.analysis().definedTrait(trait.name());
        if (sig == null) {
            throw RuntimeErrorKind.TraitReferenceUnknown.error(trait);
        }
        TraitSignature.Method method = sig.canonicalize(epoch).method(function);
        if (method == null) {
            throw RuntimeErrorKind.TraitMethodUnknown.error(trait, function);
        }
        FunctionSignature actual = callee.signature(function);
        if (!method.parametersAcceptedBy(epoch, actual)) {
            throw RuntimeErrorKind.BadTraitImplementation.error(trait.name(), function);
        }
        return method.returns();
    }

    /** {@code contract-of}: the contract principal a trait reference holds. */
    static Value contractOf(List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(NativeFunction.CONTRACT_OF);
        CallableValue callable = (CallableValue) locals.lookup(((AtomExpr) args.get(0)).name());
        if (ctx.exec().state().contract(callable.contract()) == null) {
            throw RuntimeErrorKind.NoSuchContract.error(callable.contract().address());
        }
        return callable.contract();
    }
}
