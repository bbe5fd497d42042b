package io.clarity.eval;

import io.clarity.analysis.Analyzer;
import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.ast.LiteralExpr;
import io.clarity.chain.ChainState;
import io.clarity.chain.DeployedContract;
import io.clarity.cost.CostFunction;
import io.clarity.cost.CostInputs;
import io.clarity.cost.CostTracker;
import io.clarity.definitions.Definition;
import io.clarity.error.ClarityError;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.syntax.Literals;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import io.clarity.version.ClarityVersion;
import io.clarity.vocabulary.Names;
import io.clarity.vocabulary.NativeFunction;
import io.clarity.vocabulary.NativeVariable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs a checked contract's top-level forms in their evaluation order: binds constants,
 * creates data-vars, maps and tokens, and evaluates plain expressions, as the deployer
 * ({@code tx-sender} and {@code contract-caller} are the issuer). Each definition pays what the
 * reference's {@code eval_all} charges (see {@link CostInputs}): type parsing, name binding, the
 * creation of stored data, and the evaluation of values.
 */
public final class Deployer {

    private Deployer() {
    }

    /** The deployed contract, and the value of the last plain expression (null if none ran). */
    public record Outcome(DeployedContract contract, Value lastValue) {
    }

    /** Deploys into the current context of {@code exec}; the caller commits or rolls back. */
    public static Outcome deploy(Analyzer.CheckedContract checked, ExecutionContext exec) {
        checkContractName(checked.id());
        ChainState state = exec.state();
        DeployedContract contract = new DeployedContract(checked.id(), checked.version(), exec.epoch(),
                checked.source(), checked.definitions(), checked.analysis(), state.newStorage());
        CallContext ctx = new CallContext(exec, contract, checked.id().issuer(), checked.id().issuer(), null);
        Value last = null;
        long constantsMemory = 0;
        Set<String> defined = new HashSet<>();
        try {
            for (Definition d : checked.definitions()) {
                try {
                    Value v = define(d, contract, ctx, defined);
                    if (d.name() != null && !(d instanceof Definition.UseTrait)) {
                        defined.add(d.name());
                    }
                    if (d instanceof Definition.TopLevel) {
                        last = v;
                    } else if (d instanceof Definition.Constant c) {
                        constantsMemory += exec.holdMemory(contract.constant(c.name()));
                    }
                } catch (EarlyReturn r) {
                    throw RuntimeErrorKind.EarlyReturn.error(r.form(), r.value()).at(d.span());
                } catch (ClarityError e) {
                    throw e.at(d.span());
                }
            }
        } finally {
            exec.releaseMemory(constantsMemory);
        }
        return new Outcome(contract, last);
    }

    /**
     * Runs a snippet, or a contract, that is one {@code contract-call?} of a contract literal the
     * way the simnet runs it: the arguments are evaluated in the source's own (empty) contract,
     * then the function is called as a transaction of the sender would call it (the sender is its
     * contract-caller, and it takes one frame of the call stack, not two). The outcome holds that
     * contract and the call's value.
     */
    public static Outcome callAsSender(Analyzer.CheckedContract checked, ExecutionContext exec, ListExpr call) {
        checkContractName(checked.id());
        DeployedContract scratch = new DeployedContract(checked.id(), checked.version(), exec.epoch(),
                checked.source(), checked.definitions(), checked.analysis(), exec.state().newStorage());
        StandardPrincipalValue sender = checked.id().issuer();
        CallContext ctx = new CallContext(exec, scratch, sender, sender, null);
        try {
            List<Value> args = Evaluator.evalAll(call.items().subList(3, call.size()), ctx, Locals.EMPTY);
            ContractPrincipalValue target = (ContractPrincipalValue) ((LiteralExpr) call.get(1)).value();
            return new Outcome(scratch, Evaluator.callContract(target, ((AtomExpr) call.get(2)).name(), args, ctx, sender));
        } catch (EarlyReturn r) {
            throw RuntimeErrorKind.EarlyReturn.error(r.form(), r.value()).at(call.span());
        } catch (ClarityError e) {
            throw e.at(call.span());
        }
    }

    private static Value define(Definition d, DeployedContract contract, CallContext ctx, Set<String> defined) {
        String name = d.name();
        if (name != null && !(d instanceof Definition.UseTrait)) {
            try {
                checkLegalDefine(name, contract, defined);
            } catch (ClarityError e) {
                throw e.at(d.nameSpan());
            }
        }
        if (d instanceof Definition.Function f) {
            // the reference checks each parameter's name as it defines the function; analysis
            // lets a parameter named like a read-only function through, this check does not
            // when that function was defined before (it is in `defined`)
            for (Expr p : f.parameters()) {
                if (p instanceof ListExpr pair && pair.size() == 2 && pair.get(0) instanceof AtomExpr a) {
                    try {
                        checkLegalDefine(a.name(), contract, defined);
                    } catch (ClarityError e) {
                        throw e.at(a.span());
                    }
                }
            }
        }
        CostTracker costs = ctx.exec().costs();
        if (d instanceof Definition.Constant c) {
            contract.defineConstant(c.name(), Evaluator.eval(c.value(), ctx, Locals.EMPTY));
            costs.charge(CostFunction.BIND_NAME, 0);
        } else if (d instanceof Definition.Function f) {
            for (Expr p : f.parameters()) {
                costs.chargeTypeParse(((ListExpr) p).get(1));
            }
            costs.charge(CostFunction.BIND_NAME, 0);
        } else if (d instanceof Definition.DataVar v) {
            costs.chargeTypeParse(v.type());
            Value initial = Evaluator.eval(v.initial(), ctx, Locals.EMPTY);
            TypeSignature type = contract.analysis().dataVarType(v.name());
            costs.chargeTypeSize(CostFunction.CREATE_VAR, type);
            costs.holdMemory(initial, Types.typeSize(type));
            contract.storage().createDataVar(v.name(), initial);
        } else if (d instanceof Definition.Map m) {
            costs.chargeTypeParse(m.keyType());
            costs.chargeTypeParse(m.valueType());
            TypeSignature[] types = contract.analysis().mapTypes(m.name());
            costs.charge(CostFunction.CREATE_MAP, (long) Types.size(types[0]) + Types.size(types[1]));
            costs.addMemory(Types.typeSize(types[0]) + Types.typeSize(types[1]));
            contract.storage().createMap(m.name());
        } else if (d instanceof Definition.FungibleToken ft) {
            UIntValue max = ft.supply() == null ? null : (UIntValue) Evaluator.evalBorrowed(ft.supply(), ctx, Locals.EMPTY);
            costs.charge(CostFunction.CREATE_FT, 0);
            costs.addMemory(Types.typeSize(TypeSignature.UINT));
            contract.storage().createFungibleToken(ft.name(), max);
        } else if (d instanceof Definition.NonFungibleToken nft) {
            costs.chargeTypeParse(nft.type());
            TypeSignature type = contract.analysis().nonFungibleTokenType(nft.name());
            costs.chargeTypeSize(CostFunction.CREATE_NFT, type);
            costs.addMemory(Types.typeSize(type));
            contract.storage().createNonFungibleToken(nft.name());
        } else if (d instanceof Definition.Trait t) {
            for (Expr method : ((ListExpr) t.methods().get(0)).items()) {
                ListExpr signature = (ListExpr) method;
                for (Expr arg : ((ListExpr) signature.get(1)).items()) {
                    costs.chargeTypeParse(arg);
                }
                costs.chargeTypeParse(signature.get(2));
            }
        } else if (d instanceof Definition.TopLevel top) {
            return Evaluator.eval(top.source(), ctx, Locals.EMPTY);
        }
        return null;
    }

    /**
     * The reference's ContractName rule (its transaction codec refuses any other name; the
     * oracle's simnet panics on a longer one): a name that broke it could not be read back.
     */
    private static void checkContractName(ContractPrincipalValue id) {
        String name = id.name();
        if (!ContractPrincipalValue.isValidName(name, Names.MAX_NAME_LENGTH)) {
            throw RuntimeErrorKind.BadNameValue.error(Literals.abbreviate(name), Names.MAX_NAME_LENGTH);
        }
    }

    /**
     * The reference refuses, at run time, definitions named like a native, a keyword or a name the
     * contract has defined so far (analysis lets a read-only function's name through).
     */
    private static void checkLegalDefine(String name, DeployedContract contract, Set<String> defined) {
        ClarityVersion v = contract.version();
        if (NativeFunction.lookup(name, v) != null || NativeVariable.lookup(name, v) != null || defined.contains(name)) {
            throw RuntimeErrorKind.NameAlreadyUsed.error(name);
        }
    }
}
