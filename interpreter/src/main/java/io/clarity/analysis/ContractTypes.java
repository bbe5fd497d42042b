package io.clarity.analysis;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.ast.LiteralExpr;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.value.CallableType;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.ResponseType;
import io.clarity.value.TypeSignature;
import io.clarity.version.ClarityVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The type rules of calls between contracts and traits, and the reading of trait definitions. */
final class ContractTypes {

    /** The reference's limit on the methods of a trait (from epoch 3.3). */
    static final int MAX_TRAIT_METHODS = 256;

    private ContractTypes() {
    }

    /**
     * {@code (contract-call? target function args...)}: the target is a contract principal
     * literal (static: the function must be public or read-only there), a trait reference
     * (dynamic: the function must be a method of the trait), or from Clarity 2 a constant
     * holding a contract principal. The arguments must fit the function's parameters; the
     * call has the function's return type.
     */
    static TypeSignature contractCall(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.atLeast(2, args);
        if (!(args.get(1) instanceof AtomExpr fn)) {
            throw CheckErrorKind.ContractCallExpectName.error().at(args.get(1).span());
        }
        TraitSignature.Method target;
        Expr callee = args.get(0);
        if (callee instanceof LiteralExpr lit && lit.value() instanceof ContractPrincipalValue c) {
            target = staticTarget(tc, c, fn, callee);
        } else if (callee instanceof AtomExpr name) {
            TypeSignature constant = tc.version().atLeast(ClarityVersion.CLARITY2)
                    ? tc.contract().constantType(name.name()) : null;
            if (constant instanceof CallableType c && !c.isTrait()) {
                target = staticTarget(tc, c.contract(), fn, callee);
            } else if (constant != null) {
                throw CheckErrorKind.ExpectedCallableType.error(constant).at(callee.span());
            } else {
                TypeChecker.TraitInScope trait;
                try {
                    trait = tc.traitInScope(name.name(), ctx);
                } catch (ClarityError e) {
                    throw e.at(callee.span());
                }
                target = trait.signature().method(fn.name());
                if (target == null) {
                    throw CheckErrorKind.TraitMethodUnknown.error(trait.id().name(), fn.name()).at(fn.span());
                }
            }
        } else {
            throw CheckErrorKind.ContractCallExpectName.error().at(callee.span());
        }
        List<Expr> rest = args.subList(2, args.size());
        NativeTypeRules.count(target.args().size(), rest);
        for (int i = 0; i < rest.size(); i++) {
            tc.typeCheckExpects(rest.get(i), ctx, target.args().get(i));
        }
        return target.returns();
    }

    /** The public or read-only function {@code name} of a deployed contract, as a call sees it. */
    private static TraitSignature.Method staticTarget(TypeChecker tc, ContractPrincipalValue contract, AtomExpr fn,
                                                      Expr callee) {
        String name = fn.name();
        ContractAnalysis analysis;
        try {
            analysis = tc.deployed(contract);
        } catch (ClarityError e) {
            throw e.at(callee.span());
        }
        FunctionSignature f = analysis.function(name);
        if (f == null || f.isPrivate()) {
            throw CheckErrorKind.NoSuchPublicFunction.error(contract.address(), name).at(fn.span());
        }
        return new TraitSignature.Method(f.parameterTypes(), f.returnType()).canonicalize(tc.storedTypesEpoch());
    }

    /** {@code (contract-of trait-reference)}: the principal of the contract a trait reference holds. */
    static TypeSignature contractOf(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(1, args);
        if (!(args.get(0) instanceof AtomExpr name)) {
            throw CheckErrorKind.ContractOfExpectsTrait.error();
        }
        tc.traitInScope(name.name(), ctx);
        return TypeSignature.PRINCIPAL;
    }

    /**
     * Reads the method signatures of {@code (define-trait name ((method (arg-types) (response ok err)) ...))}:
     * {@code definition} holds what follows the name.
     */
    static TraitSignature parseTrait(TypeChecker tc, List<Expr> definition) {
        if (definition.isEmpty()) {
            throw CheckErrorKind.InvalidTypeDescription.error();
        }
        if (!(definition.get(0) instanceof ListExpr methods)) {
            throw CheckErrorKind.DefineTraitBadSignature.error().at(definition.get(0).span());
        }
        boolean limited = tc.epoch().limitsParameterAndMethodCount();
        if (limited && methods.size() > MAX_TRAIT_METHODS) {
            throw CheckErrorKind.TraitTooManyMethods.error(methods.size(), MAX_TRAIT_METHODS);
        }
        TreeMap<String, TraitSignature.Method> out = new TreeMap<>();
        for (Expr m : methods.items()) {
            try {
                if (!(m instanceof ListExpr method)) {
                    throw CheckErrorKind.DefineTraitBadSignature.error();
                }
                if (method.size() != 3) {
                    throw CheckErrorKind.InvalidTypeDescription.error();
                }
                if (!(method.get(0) instanceof AtomExpr name) || !(method.get(1) instanceof ListExpr params)) {
                    throw CheckErrorKind.DefineTraitBadSignature.error();
                }
                if (limited && params.size() > TypeChecker.MAX_FUNCTION_PARAMETERS) {
                    throw CheckErrorKind.TooManyFunctionParameters.error(params.size(), TypeChecker.MAX_FUNCTION_PARAMETERS);
                }
                List<TypeSignature> types = new ArrayList<>(params.size());
                for (Expr p : params.items()) {
                    types.add(tc.typeParser().parse(p));
                }
                TypeSignature returns = returnType(tc, method.get(2));
                if (out.put(name.name(), new TraitSignature.Method(types, returns)) != null
                        && tc.version().atLeast(ClarityVersion.CLARITY2)) {
                    throw CheckErrorKind.DefineTraitDuplicateMethod.error(name.name());
                }
            } catch (ClarityError e) {
                throw e.at(m.span());
            }
        }
        return new TraitSignature(out);
    }

    /** A method must return a response; any problem with its return type is a bad signature. */
    private static TypeSignature returnType(TypeChecker tc, Expr e) {
        TypeSignature t;
        try {
            t = tc.typeParser().parse(e);
        } catch (ClarityError err) {
            throw CheckErrorKind.DefineTraitBadSignature.error().at(e.span());
        }
        if (!(t instanceof ResponseType)) {
            throw CheckErrorKind.DefineTraitBadSignature.error().at(e.span());
        }
        return t;
    }
}
