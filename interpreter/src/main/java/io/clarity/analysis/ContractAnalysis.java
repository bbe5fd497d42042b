package io.clarity.analysis;

import io.clarity.error.CheckErrorKind;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.TraitIdentifier;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What analysis learns about a contract: the types of its constants, data-vars and maps, the
 * signatures of its functions, its tokens and traits. Filled by the type checker; read by the
 * evaluator, by callers of the contract and by tools (interfaces, the REPL).
 */
public final class ContractAnalysis {

    private final ContractPrincipalValue contract;
    private final ClarityVersion version;
    final Map<String, TypeSignature> constants = new LinkedHashMap<>();
    final Map<String, TypeSignature> dataVars = new LinkedHashMap<>();
    final Map<String, TypeSignature[]> maps = new LinkedHashMap<>();
    final Map<String, FunctionSignature> functions = new LinkedHashMap<>();
    final Set<String> fungibleTokens = new LinkedHashSet<>();
    final Map<String, TypeSignature> nonFungibleTokens = new LinkedHashMap<>();
    final Map<String, TraitSignature> definedTraits = new LinkedHashMap<>();
    final Map<String, TraitIdentifier> usedTraits = new LinkedHashMap<>();
    final Set<TraitIdentifier> implementedTraits = new LinkedHashSet<>();
    /** What each {@code <name>} of the source stands for (defined or imported traits). */
    private Map<String, TraitIdentifier> referencedTraits = Map.of();
    /** The traits defined or imported so far, by identifier (Clarity 2's view of them). */
    private final Map<TraitIdentifier, TraitSignature> traitsById = new HashMap<>();
    /** The same traits by their own name: Clarity 1 keys them so, and a later one wins. */
    private final Map<String, TraitSignature> traitsByName = new HashMap<>();

    public ContractAnalysis(ContractPrincipalValue contract, ClarityVersion version) {
        this.contract = contract;
        this.version = version;
    }

    public ContractPrincipalValue contract() {
        return contract;
    }

    public ClarityVersion version() {
        return version;
    }

    public FunctionSignature function(String name) {
        return functions.get(name);
    }

    public Map<String, FunctionSignature> functions() {
        return Collections.unmodifiableMap(functions);
    }

    public TypeSignature dataVarType(String name) {
        return dataVars.get(name);
    }

    public Map<String, TypeSignature> dataVars() {
        return Collections.unmodifiableMap(dataVars);
    }

    /** {key type, value type}, or null. */
    public TypeSignature[] mapTypes(String name) {
        return maps.get(name);
    }

    public Set<String> mapNames() {
        return Collections.unmodifiableSet(maps.keySet());
    }

    public TypeSignature constantType(String name) {
        return constants.get(name);
    }

    public Map<String, TypeSignature> constants() {
        return Collections.unmodifiableMap(constants);
    }

    public boolean hasFungibleToken(String name) {
        return fungibleTokens.contains(name);
    }

    public Set<String> fungibleTokens() {
        return Collections.unmodifiableSet(fungibleTokens);
    }

    public TypeSignature nonFungibleTokenType(String name) {
        return nonFungibleTokens.get(name);
    }

    public Map<String, TypeSignature> nonFungibleTokens() {
        return Collections.unmodifiableMap(nonFungibleTokens);
    }

    public TraitSignature definedTrait(String name) {
        return definedTraits.get(name);
    }

    /**
     * The trait other contracts name as {@code .this-contract.name} in use-trait and impl-trait.
     * A Clarity 1 contract keeps the traits it imports beside those it defines, under their own
     * name (a later one wins), and exports them all, as the reference's Clarity 1 trait context
     * does; from Clarity 2 only define-trait is exported. At run time only define-trait counts
     * ({@link #definedTrait}).
     */
    public TraitSignature exportedTrait(String name) {
        return version.atLeast(ClarityVersion.CLARITY2) ? definedTraits.get(name) : traitsByName.get(name);
    }

    public Map<String, TraitSignature> definedTraits() {
        return Collections.unmodifiableMap(definedTraits);
    }

    /** The trait a {@code <name>} of the source stands for (an alias of use-trait, or a trait defined here). */
    public TraitIdentifier traitReference(String name) {
        return referencedTraits.get(name);
    }

    void setReferencedTraits(Map<String, TraitIdentifier> traits) {
        referencedTraits = Map.copyOf(traits);
    }

    /** Records {@code define-trait}; from Clarity 3 its name must be new. */
    void defineTrait(String name, TraitSignature sig) {
        if (version.atLeast(ClarityVersion.CLARITY3)) {
            checkNameUsed(name);
        }
        definedTraits.put(name, sig);
        traitsById.put(new TraitIdentifier(contract, name), sig);
        traitsByName.put(name, sig);
    }

    /** Records {@code use-trait}; from Clarity 3 the alias must be new. */
    void useTrait(String alias, TraitIdentifier trait, TraitSignature sig) {
        if (version.atLeast(ClarityVersion.CLARITY3)) {
            checkNameUsed(alias);
        }
        usedTraits.put(alias, trait);
        traitsById.put(trait, sig);
        traitsByName.put(trait.name(), sig);
    }

    /**
     * A trait this contract defines or imports, as its own code sees it: by identifier from
     * Clarity 2, by name in Clarity 1 (and in epochs before 2.1). Null when unknown.
     */
    TraitSignature knownTrait(TraitIdentifier id, boolean byIdentifier) {
        return byIdentifier ? traitsById.get(id) : traitsByName.get(id.name());
    }

    public Set<TraitIdentifier> implementedTraits() {
        return Collections.unmodifiableSet(implementedTraits);
    }

    /**
     * Refuses a name that this contract already defines (Clarity has no shadowing), for a
     * definition, a parameter or a let or match binding.
     */
    void checkNameUsed(String name) {
        if (version.atLeast(ClarityVersion.CLARITY3) && name.equals("block-height")) {
            throw CheckErrorKind.ReservedWord.error(name);
        }
        // the reference's check leaves read-only functions out: a name they share is refused only
        // when the contract runs (a definition) or when the binding runs (let, match)
        FunctionSignature f = functions.get(name);
        if (constants.containsKey(name) || dataVars.containsKey(name) || (f != null && !f.isReadOnly())
                || fungibleTokens.contains(name) || nonFungibleTokens.containsKey(name)
                || isTraitName(name) || maps.containsKey(name)) {
            throw CheckErrorKind.NameAlreadyUsed.error(name);
        }
    }

    /** Clarity 1 names traits by their own name, later versions by the name given here. */
    private boolean isTraitName(String name) {
        if (version.atLeast(ClarityVersion.CLARITY2)) {
            return definedTraits.containsKey(name) || usedTraits.containsKey(name);
        }
        return traitsByName.containsKey(name);
    }

    /**
     * Refuses an implementation of {@code trait} that lacks one of its methods (as a public or
     * read-only function) or whose parameter or return types do not fit the method's.
     */
    void checkTraitCompliance(Epoch epoch, TraitIdentifier trait, TraitSignature sig) {
        for (Map.Entry<String, TraitSignature.Method> m : sig.methods().entrySet()) {
            FunctionSignature f = functions.get(m.getKey());
            if (f == null || f.isPrivate() || !compliant(epoch, m.getValue(), f)) {
                throw CheckErrorKind.BadTraitImplementation.error(trait.name(), m.getKey());
            }
        }
    }

    /** The function must accept the method's arguments, and the method's result type admit the function's. */
    private static boolean compliant(Epoch epoch, TraitSignature.Method m, FunctionSignature f) {
        return m.parametersAcceptedBy(epoch, f) && Types.admits(epoch, m.returns(), Types.canonicalize(epoch, f.returnType()));
    }

}
