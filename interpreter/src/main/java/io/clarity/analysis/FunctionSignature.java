package io.clarity.analysis;

import io.clarity.value.TypeSignature;
import io.clarity.vocabulary.DefineKind;
import java.util.List;

/** The checked signature of a contract function: its kind, parameters and return type. */
public record FunctionSignature(DefineKind kind, String name, List<String> parameterNames,
                                List<TypeSignature> parameterTypes, TypeSignature returnType) {

    public FunctionSignature {
        parameterNames = List.copyOf(parameterNames);
        parameterTypes = List.copyOf(parameterTypes);
    }

    public boolean isPublic() {
        return kind == DefineKind.DEFINE_PUBLIC;
    }

    public boolean isReadOnly() {
        return kind == DefineKind.DEFINE_READ_ONLY;
    }

    public boolean isPrivate() {
        return kind == DefineKind.DEFINE_PRIVATE;
    }

    /** {@code (define-public (name (a uint)) (response bool uint))}-like text. */
    public String describe() {
        StringBuilder sb = new StringBuilder("(").append(name);
        for (int i = 0; i < parameterNames.size(); i++) {
            sb.append(" (").append(parameterNames.get(i)).append(' ').append(parameterTypes.get(i)).append(')');
        }
        return sb.append(") -> ").append(returnType).toString();
    }
}
