package io.clarity.analysis;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.ast.LiteralExpr;
import io.clarity.ast.TraitReferenceExpr;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.error.ParseErrorKind;
import io.clarity.value.CallableType;
import io.clarity.value.IntValue;
import io.clarity.value.TraitIdentifier;
import io.clarity.value.TraitReferenceType;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import io.clarity.version.Epoch;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a type written in source: {@code int}, {@code (buff 32)}, {@code (list 10 principal)},
 * {@code {a: uint}}, {@code (optional T)}, {@code (response A B)}, {@code <trait>}.
 */
public final class TypeParser {

    private final Epoch epoch;
    private final Function<String, TraitIdentifier> traits;

    /** {@code traits} resolves a {@code <name>} to the trait it stands for, or returns null. */
    public TypeParser(Epoch epoch, Function<String, TraitIdentifier> traits) {
        this.epoch = epoch;
        this.traits = traits;
    }

    public TypeSignature parse(Expr e) {
        try {
            return parseInner(e);
        } catch (ClarityError err) {
            throw err.at(e.span());
        }
    }

    private TypeSignature parseInner(Expr e) {
        if (e instanceof AtomExpr a) {
            return switch (a.name()) {
                case "int" -> TypeSignature.INT;
                case "uint" -> TypeSignature.UINT;
                case "bool" -> TypeSignature.BOOL;
                case "principal" -> TypeSignature.PRINCIPAL;
                default -> throw CheckErrorKind.UnknownTypeName.error(a.name()).at(a.span());
            };
        }
        if (e instanceof TraitReferenceExpr t) {
            TraitIdentifier id = traits.apply(t.name());
            if (id == null) {
                throw ParseErrorKind.TraitReferenceUnknown.error(t.name()).at(t.span());
            }
            return epoch.usesTypeChecker21() ? CallableType.ofTrait(id) : new TraitReferenceType(id);
        }
        if (!(e instanceof ListExpr l) || l.size() == 0 || !(l.get(0) instanceof AtomExpr head)) {
            throw CheckErrorKind.InvalidTypeDescription.error().at(e.span());
        }
        List<Expr> args = l.args();
        return switch (head.name()) {
            case "list" -> {
                if (args.size() != 2 || !(args.get(0) instanceof LiteralExpr len && len.value() instanceof IntValue n)) {
                    throw CheckErrorKind.InvalidTypeDescription.error();
                }
                TypeSignature element = parse(args.get(1));
                if (n.signum() < 0 || !n.isLong() || n.lo() > 0xFFFFFFFFL) {
                    throw CheckErrorKind.ValueTooLarge.error();
                }
                yield Types.list(element, n.lo());
            }
            case "buff" -> Types.buffer(length(args));
            case "string-ascii" -> Types.stringAscii(length(args));
            case "string-utf8" -> Types.stringUtf8(length(args));
            case "optional" -> {
                if (args.size() != 1) {
                    throw CheckErrorKind.InvalidTypeDescription.error();
                }
                yield Types.optional(parse(args.get(0)));
            }
            case "response" -> {
                if (args.size() != 2) {
                    throw CheckErrorKind.InvalidTypeDescription.error();
                }
                yield Types.response(parse(args.get(0)), parse(args.get(1)));
            }
            case "tuple" -> {
                List<String> names = new ArrayList<>();
                List<TypeSignature> types = new ArrayList<>();
                checkPairs(args, "tuple type item");
                for (int i = 0; i < args.size(); i++) {
                    ListExpr p = (ListExpr) args.get(i);
                    if (!(p.get(0) instanceof AtomExpr name)) {
                        throw CheckErrorKind.BadSyntaxBinding.error("tuple type item #" + (i + 1) + "'s name is not a name").at(p.get(0).span());
                    }
                    names.add(name.name());
                    types.add(parse(p.get(1)));
                }
                yield Types.tuple(names, types);
            }
            default -> throw CheckErrorKind.InvalidTypeDescription.error();
        };
    }

    /**
     * Checks that every item is a two-element list, before any name or type is read: the
     * reference reads (name type) pairs in two passes, so a malformed pair anywhere is reported
     * before a bad type in an earlier one.
     */
    public static void checkPairs(List<Expr> items, String what) {
        for (int i = 0; i < items.size(); i++) {
            Expr item = items.get(i);
            if (!(item instanceof ListExpr pair)) {
                throw CheckErrorKind.BadSyntaxBinding.error(what + " #" + (i + 1) + " is not a (name type) pair").at(item.span());
            }
            if (pair.size() != 2) {
                throw CheckErrorKind.BadSyntaxBinding.error(what + " #" + (i + 1) + " must hold a name and a type").at(item.span());
            }
        }
    }

    private static long length(List<Expr> args) {
        if (args.size() != 1 || !(args.get(0) instanceof LiteralExpr len && len.value() instanceof IntValue n)) {
            throw CheckErrorKind.InvalidTypeDescription.error();
        }
        if (!n.isLong()) {
            throw n.signum() < 0 ? CheckErrorKind.ValueOutOfBounds.error() : CheckErrorKind.ValueTooLarge.error();
        }
        return n.lo();
    }
}
