package io.clarity.analysis;

import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import io.clarity.version.Epoch;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A trait: its methods' argument types and (response) return types, by method name. Methods are
 * kept sorted by name, the order in which the reference checks them (and so the one whose
 * failure it reports first).
 */
public record TraitSignature(SortedMap<String, Method> methods) {

    public TraitSignature {
        methods = Collections.unmodifiableSortedMap(new TreeMap<>(methods));
    }

    /** One method of a trait. */
    public record Method(List<TypeSignature> args, TypeSignature returns) {
        public Method {
            args = List.copyOf(args);
        }

        /**
         * Whether function {@code f}'s parameters accept every argument this method may be
         * given (parameters are contravariant); {@code f}'s types are read as {@code epoch}
         * reads stored contracts.
         */
        public boolean parametersAcceptedBy(Epoch epoch, FunctionSignature f) {
            if (args.size() != f.parameterTypes().size()) {
                return false;
            }
            for (int i = 0; i < args.size(); i++) {
                if (!Types.admits(epoch, Types.canonicalize(epoch, f.parameterTypes().get(i)), args.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /** This method with its types as {@code epoch} reads them (see {@link Types#canonicalize}). */
        Method canonicalize(Epoch epoch) {
            return new Method(args.stream().map(t -> Types.canonicalize(epoch, t)).toList(),
                    Types.canonicalize(epoch, returns));
        }
    }

    /** The method named {@code name}, or null. */
    public Method method(String name) {
        return methods.get(name);
    }

    /** This trait with its types as {@code epoch} reads them. */
    public TraitSignature canonicalize(Epoch epoch) {
        TreeMap<String, Method> out = new TreeMap<>();
        for (Map.Entry<String, Method> e : methods.entrySet()) {
            out.put(e.getKey(), e.getValue().canonicalize(epoch));
        }
        return new TraitSignature(out);
    }
}
