package io.clarity.analysis;

import io.clarity.error.CheckErrorKind;
import io.clarity.type.TypeSignature;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.TraitIdentifier;
import io.clarity.version.ClarityVersion;
import java.util.Collections;
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

    public Map<String, TraitSignature> definedTraits() {
        return Collections.unmodifiableMap(definedTraits);
    }

    /** The trait an alias of {@code use-trait} (or a trait defined here) stands for. */
    public TraitIdentifier traitReference(String name) {
        if (definedTraits.containsKey(name)) {
            return new TraitIdentifier(contract, name);
        }
        return usedTraits.get(name);
    }

    public Set<TraitIdentifier> implementedTraits() {
        return Collections.unmodifiableSet(implementedTraits);
    }

    /** Refuses a name that this contract already defines (Clarity has no shadowing). */
    void checkNameUsed(String name) {
        if (version.atLeast(ClarityVersion.CLARITY3) && name.equals("block-height")) {
            throw CheckErrorKind.ReservedWord.error(name);
        }
        if (constants.containsKey(name) || dataVars.containsKey(name) || functions.containsKey(name)
                || fungibleTokens.contains(name) || nonFungibleTokens.containsKey(name)
                || definedTraits.containsKey(name) || usedTraits.containsKey(name) || maps.containsKey(name)) {
            throw CheckErrorKind.NameAlreadyUsed.error(name);
        }
    }
}
