package io.clarity.analysis;

import static io.clarity.analysis.NativeTypeRules.atLeast;
import static io.clarity.analysis.NativeTypeRules.atom;
import static io.clarity.analysis.NativeTypeRules.bindingPair;
import static io.clarity.analysis.NativeTypeRules.count;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.value.OptionalType;
import io.clarity.value.TupleType;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The type rules of tuples: construction from {@code (name value)} pairs, {@code get} of a field
 * (also through an optional tuple) and {@code merge}.
 */
final class TupleTypes {

    private TupleTypes() {
    }

    /** {@code (tuple (name value) ...)} and {@code {name: value, ...}}: distinct names. */
    static TypeSignature tuple(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        atLeast(1, args);
        TreeMap<String, TypeSignature> fields = new TreeMap<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            ListExpr pair = bindingPair(args.get(i), i, "tuple item");
            if (!(pair.get(0) instanceof AtomExpr name)) {
                throw CheckErrorKind.BadSyntaxBinding.error("tuple item #" + (i + 1) + "'s name is not a name").at(pair.get(0).span());
            }
            TypeSignature t = tc.typeCheck(pair.get(1), ctx);
            if (seen.put(name.name(), Boolean.TRUE) != null) {
                throw CheckErrorKind.BadTupleConstruction.error("the field '" + name.name() + "' appears twice").at(name.span());
            }
            fields.put(name.name(), t);
        }
        try {
            return Types.tuple(fields);
        } catch (ClarityError e) {
            // the reference reports a tuple type it cannot build (too large, too deep) as a bad construction
            throw CheckErrorKind.BadTupleConstruction.error(e.getMessage()).at(call.span());
        }
    }

    /** {@code (get name tuple)}: the field's type, optional when the tuple is. */
    static TypeSignature get(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(2, args);
        String field = atom(args.get(0), CheckErrorKind.BadTupleFieldName);
        TypeSignature t = tc.typeCheck(args.get(1), ctx);
        try {
            if (t instanceof TupleType tuple) {
                return field(tuple, field);
            }
            if (t instanceof OptionalType o && o.inner() instanceof TupleType tuple) {
                return Types.optional(field(tuple, field));
            }
        } catch (ClarityError e) {
            throw e.at(args.get(0).span());
        }
        throw CheckErrorKind.ExpectedTuple.error(t instanceof OptionalType o ? o.inner() : t).at(args.get(1).span());
    }

    private static TypeSignature field(TupleType tuple, String name) {
        TypeSignature t = tuple.field(name);
        if (t == null) {
            throw CheckErrorKind.NoSuchTupleField.error(name, tuple);
        }
        return t;
    }

    /** {@code (merge base update)}: the fields of both, those of {@code update} winning. */
    static TypeSignature merge(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(2, args);
        TypeSignature base = tc.typeCheck(args.get(0), ctx);
        if (!(base instanceof TupleType b)) {
            throw CheckErrorKind.ExpectedTuple.error(base).at(args.get(0).span());
        }
        TypeSignature update = tc.typeCheck(args.get(1), ctx);
        if (!(update instanceof TupleType u)) {
            throw CheckErrorKind.ExpectedTuple.error(update).at(args.get(1).span());
        }
        TreeMap<String, TypeSignature> merged = b.asMap();
        merged.putAll(u.asMap());
        return TupleType.of(merged);
    }
}
