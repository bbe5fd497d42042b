package io.clarity.analysis;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.FieldExpr;
import io.clarity.ast.ListExpr;
import io.clarity.ast.LiteralExpr;
import io.clarity.ast.TraitReferenceExpr;
import io.clarity.definitions.Definition;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.error.ErrorKind;
import io.clarity.value.CallableType;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.ResponseType;
import io.clarity.value.TraitIdentifier;
import io.clarity.value.TraitReferenceType;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import io.clarity.value.ValueTypes;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.DefineKind;
import io.clarity.vocabulary.NativeFunction;
import io.clarity.vocabulary.NativeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The deploy-time type checker: infers the type of every expression, unifying the unknown halves
 * of {@code none}, {@code (ok x)} and {@code (err y)} across branches and early exits, and fills
 * the {@link ContractAnalysis}. Each native's own rule lives in {@link NativeTypeRules}.
 */
public final class TypeChecker {

    /** The reference's limit on function parameters (from epoch 3.3). */
    public static final int MAX_FUNCTION_PARAMETERS = 256;

    private final Epoch epoch;
    private final ClarityVersion version;
    private final ContractAnalysis contract;
    private final ContractResolver resolver;
    private final TypeParser typeParser;
    /** The impl-trait forms, checked once the whole contract is known. */
    private final List<Definition.ImplTrait> implementations = new ArrayList<>();
    /** Inside a function: the unified type of its early exits so far (null: none yet). */
    private TypeSignature returnType;
    private boolean inFunction;

    public TypeChecker(Epoch epoch, ContractAnalysis contract, ContractResolver resolver) {
        this.epoch = epoch;
        this.version = contract.version();
        this.contract = contract;
        this.resolver = resolver;
        this.typeParser = new TypeParser(epoch, contract::traitReference);
    }

    public Epoch epoch() {
        return epoch;
    }

    public ClarityVersion version() {
        return version;
    }

    public ContractAnalysis contract() {
        return contract;
    }

    public ContractResolver resolver() {
        return resolver;
    }

    public TypeParser typeParser() {
        return typeParser;
    }

    /**
     * Checks the contract's top-level forms, in their evaluation order, then that it
     * implements the traits it declares with {@code impl-trait}.
     */
    public void run(List<Definition> sorted) {
        TypingContext root = TypingContext.root();
        for (Definition d : sorted) {
            try {
                define(d, root);
            } catch (ClarityError e) {
                throw e.at(d.span());
            }
        }
        for (Definition.ImplTrait i : implementations) {
            try {
                ContractAnalysis definer = resolver.contract(i.trait().contract());
                TraitSignature sig = definer == null ? null : definer.exportedTrait(i.trait().name());
                if (sig == null) {
                    throw CheckErrorKind.TraitReferenceUnknown.error(i.trait().name());
                }
                contract.checkTraitCompliance(epoch, i.trait(), sig.canonicalize(epoch));
            } catch (ClarityError e) {
                throw e.at(i.span());
            }
        }
    }

    /** A deployed contract's analysis; NoSuchContract when there is none. */
    ContractAnalysis deployed(ContractPrincipalValue id) {
        ContractAnalysis c = resolver.contract(id);
        if (c == null) {
            throw CheckErrorKind.NoSuchContract.error(id.address());
        }
        return c;
    }

    /**
     * A trait defined by a deployed contract, with its types as this checker reads stored
     * types; null when the contract has no such trait, NoSuchContract when there is no contract.
     */
    TraitSignature deployedTrait(TraitIdentifier id) {
        TraitSignature sig = deployed(id.contract()).exportedTrait(id.name());
        return sig == null ? null : sig.canonicalize(storedTypesEpoch());
    }

    /** The 2.1 checker reads every stored type with the rules of 2.1 (even in 2.2). */
    Epoch storedTypesEpoch() {
        return epoch.usesTypeChecker21() ? Epoch.E2_1 : epoch;
    }

    /** A trait reference in scope: the trait and its signature. */
    record TraitInScope(TraitIdentifier id, TraitSignature signature) {
    }

    /**
     * The trait that the binding {@code name} refers to, with its signature as this contract
     * sees it; TraitReferenceUnknown when {@code name} is not a trait reference.
     */
    TraitInScope traitInScope(String name, TypingContext ctx) {
        TraitIdentifier id = ctx.lookupTraitReference(name);
        if (id == null) {
            throw CheckErrorKind.TraitReferenceUnknown.error(name);
        }
        boolean byIdentifier = epoch.usesTypeChecker21() && version.atLeast(ClarityVersion.CLARITY2);
        TraitSignature sig = contract.knownTrait(id, byIdentifier);
        if (sig == null) {
            throw CheckErrorKind.TraitReferenceUnknown.error(id.name());
        }
        return new TraitInScope(id, sig);
    }

    private void define(Definition d, TypingContext root) {
        if (d instanceof Definition.Constant c) {
            TypeSignature t = typeCheck(c.value(), root);
            checkDefinedName(d);
            contract.constants.put(c.name(), t);
        } else if (d instanceof Definition.Function f) {
            FunctionSignature sig = defineFunction(f, root);
            if (f.kind() == DefineKind.DEFINE_PUBLIC && !(sig.returnType() instanceof ResponseType)) {
                throw CheckErrorKind.PublicFunctionMustReturnResponse.error(sig.returnType()).at(f.body().span());
            }
            checkDefinedName(d);
            contract.functions.put(f.name(), sig);
        } else if (d instanceof Definition.Map m) {
            TypeSignature key = parseType(m.keyType(), CheckErrorKind.BadMapTypeDefinition);
            TypeSignature value = parseType(m.valueType(), CheckErrorKind.BadMapTypeDefinition);
            checkDefinedName(d);
            contract.maps.put(m.name(), new TypeSignature[] {key, value});
        } else if (d instanceof Definition.DataVar v) {
            TypeSignature t = parseType(v.type(), CheckErrorKind.DefineVariableBadSignature);
            typeCheckExpects(v.initial(), root, t);
            checkDefinedName(d);
            contract.dataVars.put(v.name(), t);
        } else if (d instanceof Definition.FungibleToken ft) {
            if (ft.supply() != null) {
                typeCheckExpects(ft.supply(), root, TypeSignature.UINT);
            }
            checkDefinedName(d);
            contract.fungibleTokens.add(ft.name());
        } else if (d instanceof Definition.NonFungibleToken nft) {
            TypeSignature t = parseType(nft.type(), CheckErrorKind.DefineNFTBadSignature);
            checkDefinedName(d);
            contract.nonFungibleTokens.put(nft.name(), t);
        } else if (d instanceof Definition.Trait t) {
            TraitSignature sig = NativeTypeRules.parseTrait(this, t.methods());
            atName(d, () -> contract.defineTrait(t.name(), sig));
        } else if (d instanceof Definition.UseTrait u) {
            TraitSignature sig = deployedTrait(u.trait());
            if (sig == null) {
                throw CheckErrorKind.TraitReferenceUnknown.error(u.name());
            }
            atName(d, () -> contract.useTrait(u.name(), u.trait(), sig));
        } else if (d instanceof Definition.ImplTrait i) {
            contract.implementedTraits.add(i.trait());
            implementations.add(i);
        } else if (d instanceof Definition.TopLevel top) {
            typeCheck(top.source(), root);
        }
    }

    /** The name a definition introduces must be free (and not reserved); the error points at the name. */
    private void checkDefinedName(Definition d) {
        atName(d, () -> contract.checkNameUsed(d.name()));
    }

    /** Runs {@code step} of defining {@code d}, placing its errors at the defined name. */
    private static void atName(Definition d, Runnable step) {
        try {
            step.run();
        } catch (ClarityError e) {
            throw e.at(d.nameSpan());
        }
    }

    /** The type of a data-var, map or token definition: any problem with it is the definition's. */
    private TypeSignature parseType(Expr e, CheckErrorKind onFailure) {
        try {
            return typeParser.parse(e);
        } catch (ClarityError err) {
            if (err.kind().category() != ErrorKind.Category.CHECK) {
                throw err;
            }
            throw onFailure.error().at(e.span());
        }
    }

    private FunctionSignature defineFunction(Definition.Function f, TypingContext root) {
        List<Expr> params = f.parameters();
        if (epoch.limitsParameterAndMethodCount() && params.size() > MAX_FUNCTION_PARAMETERS) {
            throw CheckErrorKind.TooManyFunctionParameters.error(params.size(), MAX_FUNCTION_PARAMETERS);
        }
        List<String> names = new ArrayList<>(params.size());
        List<TypeSignature> types = new ArrayList<>(params.size());
        TypeParser.checkPairs(params, "function argument");
        for (int i = 0; i < params.size(); i++) {
            ListExpr pair = (ListExpr) params.get(i);
            if (!(pair.get(0) instanceof AtomExpr name)) {
                throw CheckErrorKind.BadSyntaxBinding.error("function argument #" + (i + 1) + "'s name is not a name").at(pair.get(0).span());
            }
            names.add(name.name());
            types.add(typeParser.parse(pair.get(1)));
        }
        TypingContext fnContext = root.extend();
        for (int i = 0; i < names.size(); i++) {
            try {
                contract.checkNameUsed(names.get(i));
            } catch (ClarityError e) {
                throw e.at(((ListExpr) params.get(i)).get(0).span());
            }
            TypeSignature t = types.get(i);
            if (t instanceof CallableType c && c.isTrait()) {
                fnContext.addTraitReference(names.get(i), c.trait());
            } else if (t instanceof TraitReferenceType r) {
                fnContext.addTraitReference(names.get(i), r.trait());
            } else {
                fnContext.addVariable(names.get(i), t, ClarityVersion.CLARITY1);
            }
        }
        inFunction = true;
        returnType = null;
        TypeSignature bodyType;
        try {
            bodyType = typeCheck(f.body(), fnContext);
            if (returnType != null) {
                try {
                    bodyType = Types.leastSupertype(epoch, returnType, bodyType);
                } catch (ClarityError e) {
                    throw CheckErrorKind.ReturnTypesMustMatch.error(returnType, bodyType).at(f.body().span());
                }
            }
            bodyType = Types.concretize(bodyType);
        } finally {
            inFunction = false;
            returnType = null;
        }
        return new FunctionSignature(f.kind(), f.name(), names, types, bodyType);
    }

    /** Records the type of an early exit (asserts!, unwrap!, try!) of the enclosing function. */
    public void trackReturnType(TypeSignature t) {
        if (!inFunction) {
            return;
        }
        if (returnType == null) {
            returnType = t;
            return;
        }
        try {
            returnType = Types.leastSupertype(epoch, returnType, t);
        } catch (ClarityError e) {
            throw CheckErrorKind.ReturnTypesMustMatch.error(returnType, t);
        }
    }

    /** The type of {@code e}. */
    public TypeSignature typeCheck(Expr e, TypingContext ctx) {
        try {
            if (e instanceof LiteralExpr lit) {
                return ValueTypes.literalTypeOf(lit.value(), epoch);
            } else if (e instanceof AtomExpr atom) {
                return lookupVariable(atom.name(), ctx);
            } else if (e instanceof ListExpr list) {
                return application(list, ctx);
            } else if (e instanceof TraitReferenceExpr || e instanceof FieldExpr) {
                throw CheckErrorKind.UnexpectedTraitOrFieldReference.error();
            }
            throw new IllegalStateException("unknown expression " + e);
        } catch (ClarityError err) {
            throw err.at(e.span());
        }
    }

    /**
     * Checks that {@code e} may be used where {@code expected} is required. From Clarity 2 the
     * expression then counts as being of the expected type, and trait types admit compatible
     * traits and implementing contracts anywhere inside it; Clarity 1 admits a contract
     * principal literal where a trait is expected if the contract implements it.
     */
    public TypeSignature typeCheckExpects(Expr e, TypingContext ctx, TypeSignature expected) {
        try {
            if (version.atLeast(ClarityVersion.CLARITY2)) {
                CallableTypes.check(this, typeCheck(e, ctx), expected, 1);
                return expected;
            }
            TraitIdentifier trait = expected instanceof CallableType c && c.isTrait() ? c.trait()
                    : expected instanceof TraitReferenceType r ? r.trait() : null;
            if (trait != null && e instanceof LiteralExpr lit && lit.value() instanceof ContractPrincipalValue callee) {
                ContractAnalysis implementer = deployed(callee);
                TraitSignature sig = deployedTrait(trait);
                if (sig == null) {
                    throw CheckErrorKind.NoSuchTrait.error(trait.contract().address(), trait.name());
                }
                implementer.checkTraitCompliance(storedTypesEpoch(), trait, sig);
                return expected;
            }
            TypeSignature actual = typeCheck(e, ctx);
            if (!Types.admits(epoch, expected, actual)) {
                throw CheckErrorKind.TypeError.error(expected, actual);
            }
            return actual;
        } catch (ClarityError err) {
            throw err.at(e.span());
        }
    }

    public List<TypeSignature> typeCheckAll(List<Expr> exprs, TypingContext ctx) {
        List<TypeSignature> out = new ArrayList<>(exprs.size());
        for (Expr e : exprs) {
            out.add(typeCheck(e, ctx));
        }
        return out;
    }

    /** {@code begin} and bodies: every expression but the last must not be an unchecked response. */
    public TypeSignature typeCheckConsecutive(List<Expr> exprs, TypingContext ctx) {
        TypeSignature last = null;
        ClarityError unchecked = null;
        for (int i = 0; i < exprs.size(); i++) {
            TypeSignature t = typeCheck(exprs.get(i), ctx);
            if (i + 1 < exprs.size()) {
                if (t instanceof ResponseType && unchecked == null) {
                    unchecked = CheckErrorKind.UncheckedIntermediaryResponses.error().at(exprs.get(i).span());
                }
            } else {
                last = t;
            }
        }
        if (unchecked != null) {
            throw unchecked;
        }
        return last;
    }

    /** Checks {@code body} with {@code name} bound to {@code type} (match branches). */
    public TypeSignature checkWithBinding(Expr body, String name, TypeSignature type, TypingContext ctx) {
        TypingContext inner = ctx.extend();
        contract.checkNameUsed(name);
        if (inner.lookupVariable(name) != null) {
            throw CheckErrorKind.NameAlreadyUsed.error(name);
        }
        inner.addVariable(name, type, version);
        return typeCheck(body, inner);
    }

    /** Checks the arguments of a simple native against its signature shape. */
    public TypeSignature checkFunctionType(FunctionType f, List<Expr> args, TypingContext ctx) {
        if (!epoch.usesTypeChecker21()) {
            return FunctionType.check(f, typeCheckAll(args, ctx), epoch, version, args);
        }
        TypeSignature accumulated = null;
        ClarityError failure = null;
        List<TypeSignature> types = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            TypeSignature t = typeCheck(args.get(i), ctx);
            if (failure == null) {
                try {
                    TypeSignature r = FunctionType.visit(f, t, i, accumulated, epoch);
                    if (r != null) {
                        accumulated = r;
                    }
                } catch (ClarityError e) {
                    failure = e.at(args.get(i).span());
                }
            }
            types.add(t);
        }
        if (failure != null) {
            if (failure.kind() == CheckErrorKind.IncorrectArgumentCount && f instanceof FunctionType.Fixed fixed) {
                throw CheckErrorKind.IncorrectArgumentCount.error(fixed.args().size(), args.size());
            }
            if (failure.kind() == CheckErrorKind.IncorrectArgumentCount) {
                int expected = f instanceof FunctionType.ArithmeticUnary || f instanceof FunctionType.UnionArgs ? 1 : 2;
                throw CheckErrorKind.IncorrectArgumentCount.error(expected, args.size());
            }
            throw failure;
        }
        return FunctionType.check(f, types, epoch, version, args);
    }

    private TypeSignature lookupVariable(String name, TypingContext ctx) {
        NativeVariable keyword = NativeVariable.lookup(name, version);
        if (keyword != null) {
            return NativeTypeRules.keywordType(keyword);
        }
        TypeSignature constant = contract.constantType(name);
        if (constant != null) {
            return constant;
        }
        TraitIdentifier trait = ctx.lookupTraitReference(name);
        if (trait != null) {
            return epoch.usesTypeChecker21() ? CallableType.ofTrait(trait) : new TraitReferenceType(trait);
        }
        TypeSignature local = ctx.lookupVariable(name);
        if (local != null) {
            return local;
        }
        throw CheckErrorKind.UndefinedVariable.error(name);
    }

    private TypeSignature application(ListExpr list, TypingContext ctx) {
        if (list.size() == 0 || !(list.get(0) instanceof AtomExpr head)) {
            throw CheckErrorKind.NonFunctionApplication.error();
        }
        List<Expr> args = list.args();
        NativeFunction nf = NativeFunction.lookup(head.name(), version);
        if (nf != null) {
            return NativeTypeRules.check(nf, this, list, args, ctx);
        }
        FunctionSignature f = contract.function(head.name());
        if (f == null) {
            throw CheckErrorKind.UnknownFunction.error(head.name()).at(head.span());
        }
        // the reference checks argument types pairwise only; the count is checked at run time
        int n = Math.min(args.size(), f.parameterTypes().size());
        for (int i = 0; i < n; i++) {
            typeCheckExpects(args.get(i), ctx, f.parameterTypes().get(i));
        }
        return f.returnType();
    }

    /** Resolves other contracts' analyses, for calls and traits. */
    public interface ContractResolver {

        /** The analysis of a deployed contract, or null. */
        ContractAnalysis contract(ContractPrincipalValue id);

        /** Every deployed contract named {@code name}, whoever deployed it (for hints; none by default). */
        default List<ContractPrincipalValue> named(String name) {
            return List.of();
        }

        /** No other contracts. */
        ContractResolver NONE = id -> null;
    }

    /** For tools: the types of the functions' parameters by name. */
    static Map<String, TypeSignature> parameterTypes(FunctionSignature f) {
        Map<String, TypeSignature> m = new HashMap<>();
        for (int i = 0; i < f.parameterNames().size(); i++) {
            m.put(f.parameterNames().get(i), f.parameterTypes().get(i));
        }
        return m;
    }
}
