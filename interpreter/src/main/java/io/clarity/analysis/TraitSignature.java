package io.clarity.analysis;

import io.clarity.type.TypeSignature;
import java.util.List;
import java.util.Map;

/** A trait: its methods' argument types and (response) return types, by method name. */
public record TraitSignature(Map<String, Method> methods) {

    public TraitSignature {
        methods = Map.copyOf(methods);
    }

    /** One method of a trait. */
    public record Method(List<TypeSignature> args, TypeSignature returns) {
        public Method {
            args = List.copyOf(args);
        }
    }
}
