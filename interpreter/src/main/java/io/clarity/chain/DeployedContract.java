package io.clarity.chain;

import io.clarity.analysis.ContractAnalysis;
import io.clarity.analysis.FunctionSignature;
import io.clarity.definitions.Definition;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.Value;
import io.clarity.value.ValueTypes;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A contract on the chain: its code, what analysis learned about it, the values of its constants
 * and its storage.
 */
public final class DeployedContract {

    private final ContractPrincipalValue id;
    private final ClarityVersion version;
    private final Epoch epoch;
    private final String source;
    private final int sourceLength;
    private final List<Definition> definitions;
    private final ContractAnalysis analysis;
    private final Map<String, Definition.Function> functions = new HashMap<>();
    private final Map<String, Value> constants = new HashMap<>();
    /** Each constant retyped by its contents, as epochs from 2.4 lend it (the same object when nothing changes). */
    private final Map<String, Value> sanitizedConstants = new HashMap<>();
    private final Map<String, String> functionIds = new HashMap<>();
    private final ContractStorage storage;

    public DeployedContract(ContractPrincipalValue id, ClarityVersion version, Epoch epoch, String source,
                            List<Definition> definitions, ContractAnalysis analysis, ContractStorage storage) {
        this.id = id;
        this.version = version;
        this.epoch = epoch;
        this.source = source;
        this.sourceLength = source.getBytes(StandardCharsets.UTF_8).length;
        this.definitions = List.copyOf(definitions);
        this.analysis = analysis;
        this.storage = storage;
        String address = id.address();
        for (Definition d : definitions) {
            if (d instanceof Definition.Function f) {
                functions.put(f.name(), f);
                functionIds.put(f.name(), address + "." + f.name());
            }
        }
    }

    private DeployedContract(DeployedContract original, ContractStorage storage) {
        this.id = original.id;
        this.version = original.version;
        this.epoch = original.epoch;
        this.source = original.source;
        this.sourceLength = original.sourceLength;
        this.definitions = original.definitions;
        this.analysis = original.analysis;
        this.storage = storage;
        this.functions.putAll(original.functions);
        this.functionIds.putAll(original.functionIds);
        this.constants.putAll(original.constants);
        this.sanitizedConstants.putAll(original.sanitizedConstants);
    }

    /** The same contract (code, analysis, constants) over another storage: for snapshots. */
    public DeployedContract withStorage(ContractStorage other) {
        return new DeployedContract(this, other);
    }

    public ContractPrincipalValue id() {
        return id;
    }

    /** The contract's name (without the issuer). */
    public String name() {
        return id.name();
    }

    public ClarityVersion version() {
        return version;
    }

    /** The epoch it was deployed in. */
    public Epoch epoch() {
        return epoch;
    }

    public String source() {
        return source;
    }

    /**
     * The contract's size as the chain stores it, which a call pays to load: its source's length
     * in UTF-8 bytes (the simulated chain records no data size beside it).
     */
    public int size() {
        return sourceLength;
    }

    /** The top-level forms in evaluation order. */
    public List<Definition> definitions() {
        return definitions;
    }

    public ContractAnalysis analysis() {
        return analysis;
    }

    public Definition.Function function(String name) {
        return functions.get(name);
    }

    /**
     * {@code ISSUER.contract.function}, the identity of a function on the call stack; computed once
     * at deploy because encoding the issuer's address (c32 with a SHA-256 checksum) on every call
     * is expensive.
     */
    public String functionId(String function) {
        return functionIds.get(function);
    }

    public FunctionSignature signature(String name) {
        return analysis.function(name);
    }

    public Value constant(String name) {
        return constants.get(name);
    }

    /**
     * The constant {@code name} retyped by its contents ({@code ValueTypes.sanitized}), computed once
     * when it was bound; null when there is no such constant.
     */
    public Value sanitizedConstant(String name) {
        return sanitizedConstants.get(name);
    }

    /** Binds a constant while the contract is being deployed. */
    public void defineConstant(String name, Value value) {
        constants.put(name, value);
        sanitizedConstants.put(name, ValueTypes.retypedByContents(value));
    }

    public Map<String, Value> constants() {
        return Collections.unmodifiableMap(constants);
    }

    public ContractStorage storage() {
        return storage;
    }

    @Override
    public String toString() {
        return id.toString();
    }
}
