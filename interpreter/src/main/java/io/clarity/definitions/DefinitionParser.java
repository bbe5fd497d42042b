package io.clarity.definitions;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.FieldExpr;
import io.clarity.ast.ListExpr;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.vocabulary.DefineKind;
import java.util.List;

/** Reads top-level expressions as {@link Definition}s, with the reference's arity and shape checks. */
public final class DefinitionParser {

    private DefinitionParser() {
    }

    /** The define form {@code e} is, or a {@link Definition.TopLevel} when it is not a define. */
    public static Definition parse(Expr e) {
        if (!(e instanceof ListExpr list) || list.headName() == null) {
            return new Definition.TopLevel(e);
        }
        DefineKind kind = DefineKind.lookup(list.headName());
        if (kind == null) {
            return new Definition.TopLevel(e);
        }
        try {
            return parse(kind, list);
        } catch (ClarityError err) {
            throw err.at(list.span());
        }
    }

    private static Definition parse(DefineKind kind, ListExpr list) {
        List<Expr> args = list.args();
        return switch (kind) {
            case DEFINE_CONSTANT -> {
                count(2, args);
                yield new Definition.Constant(name(args.get(0)), args.get(1), list);
            }
            case DEFINE_PUBLIC, DEFINE_PRIVATE, DEFINE_READ_ONLY -> {
                count(2, args);
                if (!(args.get(0) instanceof ListExpr signature)) {
                    throw CheckErrorKind.DefineFunctionBadSignature.error().at(args.get(0).span());
                }
                if (signature.size() == 0) {
                    // the read-only checker, which runs first, refuses an empty signature so
                    throw CheckErrorKind.DefineFunctionBadSignature.error().at(signature.span());
                }
                if (!(signature.get(0) instanceof AtomExpr fname)) {
                    throw CheckErrorKind.BadFunctionName.error().at(signature.get(0).span());
                }
                yield new Definition.Function(kind, fname.name(), signature.args(), args.get(1), signature, list);
            }
            case DEFINE_NON_FUNGIBLE_TOKEN -> {
                count(2, args);
                yield new Definition.NonFungibleToken(name(args.get(0)), args.get(1), list);
            }
            case DEFINE_FUNGIBLE_TOKEN -> {
                if (args.isEmpty()) {
                    throw CheckErrorKind.RequiresAtLeastArguments.error(1, 0);
                }
                String name = name(args.get(0));
                if (args.size() > 2) {
                    throw CheckErrorKind.IncorrectArgumentCount.error(1, args.size());
                }
                yield new Definition.FungibleToken(name, args.size() == 2 ? args.get(1) : null, list);
            }
            case DEFINE_MAP -> {
                count(3, args);
                yield new Definition.Map(name(args.get(0)), args.get(1), args.get(2), list);
            }
            case DEFINE_DATA_VAR -> {
                count(3, args);
                yield new Definition.DataVar(name(args.get(0)), args.get(1), args.get(2), list);
            }
            case DEFINE_TRAIT -> {
                count(2, args);
                yield new Definition.Trait(name(args.get(0)), args.subList(1, args.size()), list);
            }
            case USE_TRAIT -> {
                count(2, args);
                String name = name(args.get(0));
                if (!(args.get(1) instanceof FieldExpr field)) {
                    throw CheckErrorKind.ExpectedTraitIdentifier.error().at(args.get(1).span());
                }
                yield new Definition.UseTrait(name, field.trait(), list);
            }
            case IMPL_TRAIT -> {
                count(1, args);
                if (!(args.get(0) instanceof FieldExpr field)) {
                    throw CheckErrorKind.ExpectedTraitIdentifier.error().at(args.get(0).span());
                }
                yield new Definition.ImplTrait(field.trait(), list);
            }
        };
    }

    private static void count(int expected, List<Expr> args) {
        if (args.size() != expected) {
            throw CheckErrorKind.IncorrectArgumentCount.error(expected, args.size());
        }
    }

    private static String name(Expr e) {
        if (e instanceof AtomExpr a) {
            return a.name();
        }
        throw CheckErrorKind.ExpectedName.error().at(e.span());
    }
}
