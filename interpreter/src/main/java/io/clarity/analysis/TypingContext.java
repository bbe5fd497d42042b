package io.clarity.analysis;

import io.clarity.error.CheckErrorKind;
import io.clarity.value.CallableType;
import io.clarity.value.TraitIdentifier;
import io.clarity.value.TypeSignature;
import io.clarity.version.ClarityVersion;
import java.util.HashMap;
import java.util.Map;

/** The types of the local bindings in scope (function arguments, let and match bindings). */
public final class TypingContext {

    /** The reference's limit on nested binding contexts. */
    public static final int MAX_CONTEXT_DEPTH = 256;

    private final TypingContext parent;
    private final int depth;
    private final Map<String, TypeSignature> variables = new HashMap<>(4);
    private final Map<String, TraitIdentifier> traitReferences = new HashMap<>(2);

    private TypingContext(TypingContext parent, int depth) {
        this.parent = parent;
        this.depth = depth;
    }

    /** The empty context of the top level. */
    public static TypingContext root() {
        return new TypingContext(null, 0);
    }

    public TypingContext extend() {
        if (depth >= MAX_CONTEXT_DEPTH) {
            throw CheckErrorKind.MaxContextDepthReached.error();
        }
        return new TypingContext(this, depth + 1);
    }

    public int depth() {
        return depth;
    }

    public TypeSignature lookupVariable(String name) {
        for (TypingContext c = this; c != null; c = c.parent) {
            TypeSignature t = c.variables.get(name);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    public TraitIdentifier lookupTraitReference(String name) {
        for (TypingContext c = this; c != null; c = c.parent) {
            TraitIdentifier t = c.traitReferences.get(name);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** Binds a name; from Clarity 2 a trait-typed binding becomes a trait reference. */
    public void addVariable(String name, TypeSignature type, ClarityVersion version) {
        if (version.atLeast(ClarityVersion.CLARITY2) && type instanceof CallableType c && c.isTrait()) {
            traitReferences.put(name, c.trait());
        } else {
            variables.put(name, type);
        }
    }

    public void addTraitReference(String name, TraitIdentifier trait) {
        traitReferences.put(name, trait);
    }
}
