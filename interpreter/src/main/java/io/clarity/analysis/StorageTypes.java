package io.clarity.analysis;

import static io.clarity.analysis.NativeTypeRules.atLeast;
import static io.clarity.analysis.NativeTypeRules.atom;
import static io.clarity.analysis.NativeTypeRules.count;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.error.CheckErrorKind;
import io.clarity.value.OptionalType;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import java.util.List;

/**
 * The type rules of data vars and maps, which the contract itself must define
 * ({@code NoSuchDataVariable}, {@code NoSuchMap}). The setters and {@code map-get?} only ask for
 * at least their arguments, as the reference's checker does: an extra argument passes analysis
 * untyped and is refused when the call runs.
 */
final class StorageTypes {

    private StorageTypes() {
    }

    /** {@code (var-get name)}. */
    static TypeSignature varGet(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(1, args);
        String name = atom(args.get(0), CheckErrorKind.BadMapName);
        TypeSignature t = tc.contract().dataVarType(name);
        if (t == null) {
            throw CheckErrorKind.NoSuchDataVariable.error(name).at(args.get(0).span());
        }
        return t;
    }

    /** {@code (var-set name value)}. */
    static TypeSignature varSet(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        atLeast(2, args);
        String name = atom(args.get(0), CheckErrorKind.BadMapName);
        TypeSignature value = tc.typeCheck(args.get(1), ctx);
        TypeSignature expected = tc.contract().dataVarType(name);
        if (expected == null) {
            throw CheckErrorKind.NoSuchDataVariable.error(name).at(args.get(0).span());
        }
        if (!Types.admits(tc.epoch(), expected, value)) {
            throw CheckErrorKind.TypeError.error(expected, value).at(args.get(1).span());
        }
        return TypeSignature.BOOL;
    }

    /** {@code (map-get? name key)}: an optional of the value type. */
    static TypeSignature mapGet(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        atLeast(2, args);
        String name = atom(args.get(0), CheckErrorKind.BadMapName);
        TypeSignature key = tc.typeCheck(args.get(1), ctx);
        TypeSignature[] types = mapTypes(tc, args.get(0));
        OptionalType result = Types.optional(types[1]);
        if (!Types.admits(tc.epoch(), types[0], key)) {
            throw CheckErrorKind.TypeError.error(types[0], key).at(args.get(1).span());
        }
        return result;
    }

    /** {@code (map-set name key value)}, {@code (map-insert name key value)}. */
    static TypeSignature mapSetOrInsert(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        atLeast(3, args);
        String name = atom(args.get(0), CheckErrorKind.BadMapName);
        TypeSignature key = tc.typeCheck(args.get(1), ctx);
        TypeSignature value = tc.typeCheck(args.get(2), ctx);
        TypeSignature[] types = mapTypes(tc, args.get(0));
        if (!Types.admits(tc.epoch(), types[0], key)) {
            throw CheckErrorKind.TypeError.error(types[0], key).at(args.get(1).span());
        }
        if (!Types.admits(tc.epoch(), types[1], value)) {
            throw CheckErrorKind.TypeError.error(types[1], value).at(args.get(2).span());
        }
        return TypeSignature.BOOL;
    }

    /** {@code (map-delete name key)}. */
    static TypeSignature mapDelete(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        atLeast(2, args);
        String name = atom(args.get(0), CheckErrorKind.BadMapName);
        TypeSignature key = tc.typeCheck(args.get(1), ctx);
        TypeSignature[] types = mapTypes(tc, args.get(0));
        if (!Types.admits(tc.epoch(), types[0], key)) {
            throw CheckErrorKind.TypeError.error(types[0], key).at(args.get(1).span());
        }
        return TypeSignature.BOOL;
    }

    /** The key and value types of the map named by {@code name}; NoSuchMap there when there is none. */
    private static TypeSignature[] mapTypes(TypeChecker tc, Expr name) {
        String mapName = ((AtomExpr) name).name();
        TypeSignature[] types = tc.contract().mapTypes(mapName);
        if (types == null) {
            throw CheckErrorKind.NoSuchMap.error(mapName).at(name.span());
        }
        return types;
    }
}
