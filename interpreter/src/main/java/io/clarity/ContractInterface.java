package io.clarity;

import io.clarity.analysis.ContractAnalysis;
import io.clarity.analysis.FunctionSignature;
import io.clarity.chain.ChainState;
import io.clarity.chain.DeployedContract;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.TypeSignature;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a deployed contract offers, as the clarinet-sdk's contract interfaces (ABI) describe it:
 * functions with their access, parameters and result type; constants and data-vars; maps;
 * tokens; the Clarity version and the epoch of the deploy.
 */
public record ContractInterface(ContractPrincipalValue contract, ClarityVersion clarityVersion, Epoch epoch,
                                List<Function> functions, List<Variable> variables, List<MapEntryTypes> maps,
                                List<String> fungibleTokens, List<NonFungibleToken> nonFungibleTokens) {

    public ContractInterface {
        functions = List.copyOf(functions);
        variables = List.copyOf(variables);
        maps = List.copyOf(maps);
        fungibleTokens = List.copyOf(fungibleTokens);
        nonFungibleTokens = List.copyOf(nonFungibleTokens);
    }

    /** Who may call a function, with the SDK's names ({@code public}, {@code read_only}, {@code private}). */
    public enum Access {
        PUBLIC("public"), READ_ONLY("read_only"), PRIVATE("private");

        private final String sdkName;

        Access(String sdkName) {
            this.sdkName = sdkName;
        }

        @Override
        public String toString() {
            return sdkName;
        }
    }

    /** A function: {@code (define-public (name (a uint)) ...)} returning {@code output}. */
    public record Function(String name, Access access, List<Parameter> args, TypeSignature output) {
        public Function {
            args = List.copyOf(args);
        }
    }

    /** A named, typed parameter. */
    public record Parameter(String name, TypeSignature type) {
    }

    /** A constant or a data-var. */
    public record Variable(String name, TypeSignature type, boolean constant) {
    }

    /** A map with the types of its keys and values. */
    public record MapEntryTypes(String name, TypeSignature key, TypeSignature value) {
    }

    /** A non-fungible token with the type of its identifiers. */
    public record NonFungibleToken(String name, TypeSignature type) {
    }

    /** The interfaces of the contracts deployed on {@code state}, by contract id, in deploy order. */
    static Map<String, ContractInterface> allOf(ChainState state) {
        Map<String, ContractInterface> out = new LinkedHashMap<>();
        for (DeployedContract c : state.contracts().values()) {
            out.put(c.id().address(), of(c));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The interface of a deployed contract, read from its analysis. */
    static ContractInterface of(DeployedContract c) {
        ContractAnalysis a = c.analysis();
        List<Function> functions = new ArrayList<>();
        for (FunctionSignature f : a.functions().values()) {
            List<Parameter> params = new ArrayList<>();
            for (int i = 0; i < f.parameterNames().size(); i++) {
                params.add(new Parameter(f.parameterNames().get(i), f.parameterTypes().get(i)));
            }
            Access access = f.isPublic() ? Access.PUBLIC : f.isReadOnly() ? Access.READ_ONLY : Access.PRIVATE;
            functions.add(new Function(f.name(), access, params, f.returnType()));
        }
        List<Variable> variables = new ArrayList<>();
        a.constants().forEach((name, type) -> variables.add(new Variable(name, type, true)));
        a.dataVars().forEach((name, type) -> variables.add(new Variable(name, type, false)));
        List<MapEntryTypes> maps = new ArrayList<>();
        for (String name : a.mapNames()) {
            TypeSignature[] kv = a.mapTypes(name);
            maps.add(new MapEntryTypes(name, kv[0], kv[1]));
        }
        List<NonFungibleToken> nfts = new ArrayList<>();
        a.nonFungibleTokens().forEach((name, type) -> nfts.add(new NonFungibleToken(name, type)));
        return new ContractInterface(c.id(), c.version(), c.epoch(), functions, variables, maps,
                new ArrayList<>(a.fungibleTokens()), nfts);
    }
}
