package io.clarity.analysis;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.FieldExpr;
import io.clarity.ast.ListExpr;
import io.clarity.ast.TraitReferenceExpr;
import io.clarity.error.ClarityError;
import io.clarity.error.ParseErrorKind;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.TraitIdentifier;
import io.clarity.vocabulary.DefineKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the {@code <name>} trait references of a contract before analysis, as the reference's
 * AST pass does: {@code define-trait} and {@code use-trait} introduce names (each once), every
 * {@code <name>} in a function or trait definition must be one of them, and data-vars, maps,
 * constants and tokens may not hold trait references at all. The shape of define-trait is
 * checked here too, so its errors are parse errors; a malformed use-trait or impl-trait is left
 * to the define's shape check (ExpectedName, ExpectedTraitIdentifier, IncorrectArgumentCount),
 * as the reference's pass skips it.
 */
final class TraitsResolver {

    private final ContractPrincipalValue contract;
    private final Map<String, TraitIdentifier> traits = new LinkedHashMap<>();
    /** Every {@code <name>} met, with its first occurrence, checked once all names are known. */
    private final Map<String, TraitReferenceExpr> referenced = new LinkedHashMap<>();

    private TraitsResolver(ContractPrincipalValue contract) {
        this.contract = contract;
    }

    /** The trait each {@code <name>} of {@code forms} (top-level, in source order) stands for. */
    static Map<String, TraitIdentifier> resolve(List<Expr> forms, ContractPrincipalValue contract) {
        return new TraitsResolver(contract).run(forms);
    }

    private Map<String, TraitIdentifier> run(List<Expr> forms) {
        for (Expr form : forms) {
            if (!(form instanceof ListExpr list) || list.headName() == null) {
                continue;
            }
            DefineKind kind = DefineKind.lookup(list.headName());
            if (kind == null) {
                continue;
            }
            try {
                define(kind, list.args());
            } catch (ClarityError e) {
                throw e.at(list.span());
            }
        }
        for (Map.Entry<String, TraitReferenceExpr> r : referenced.entrySet()) {
            if (!traits.containsKey(r.getKey())) {
                throw ParseErrorKind.TraitReferenceUnknown.error(r.getKey()).at(r.getValue().span());
            }
        }
        // the reference expands every <name> of the source after this pass, defines or not, and
        // refuses one that names no trait there (so a stray <t> is not a type error)
        for (Expr form : forms) {
            TraitReferenceExpr unknown = firstUnknown(form);
            if (unknown != null) {
                throw ParseErrorKind.TraitReferenceUnknown.error(unknown.name()).at(unknown.span());
            }
        }
        return traits;
    }

    /** The first {@code <name>} in {@code e} that names no trait of this contract, or null. */
    private TraitReferenceExpr firstUnknown(Expr e) {
        if (e instanceof TraitReferenceExpr t) {
            return traits.containsKey(t.name()) ? null : t;
        }
        if (e instanceof ListExpr list) {
            for (Expr item : list.items()) {
                TraitReferenceExpr unknown = firstUnknown(item);
                if (unknown != null) {
                    return unknown;
                }
            }
        }
        return null;
    }

    private void define(DefineKind kind, List<Expr> args) {
        switch (kind) {
            case DEFINE_TRAIT -> {
                if (args.size() != 2 || !(args.get(0) instanceof AtomExpr name) || !(args.get(1) instanceof ListExpr methods)) {
                    throw ParseErrorKind.DefineTraitBadSignature.error();
                }
                introduce(name.name(), new TraitIdentifier(contract, name.name()));
                probe(methods.items(), true);
            }
            case USE_TRAIT -> {
                // a malformed use-trait introduces no name; the define's own shape check refuses it later
                if (args.size() == 2 && args.get(0) instanceof AtomExpr name && args.get(1) instanceof FieldExpr field) {
                    introduce(name.name(), field.trait());
                }
            }
            case IMPL_TRAIT -> {
                // introduces no name; its shape is checked with the other defines
            }
            case DEFINE_PUBLIC, DEFINE_PRIVATE, DEFINE_READ_ONLY -> probe(args, true);
            case DEFINE_CONSTANT, DEFINE_MAP, DEFINE_DATA_VAR, DEFINE_FUNGIBLE_TOKEN, DEFINE_NON_FUNGIBLE_TOKEN -> {
                if (!args.isEmpty()) {
                    probe(args.subList(1, args.size()), false);
                }
            }
        }
    }

    private void introduce(String name, TraitIdentifier trait) {
        if (traits.putIfAbsent(name, trait) != null) {
            throw ParseErrorKind.NameAlreadyUsed.error(name);
        }
    }

    /** Notes the trait references in {@code exprs}, or refuses them where values are stored. */
    private void probe(List<Expr> exprs, boolean allowed) {
        for (Expr e : exprs) {
            if (e instanceof ListExpr list) {
                probe(list.items(), allowed);
            } else if (e instanceof TraitReferenceExpr t) {
                if (!allowed) {
                    throw ParseErrorKind.TraitReferenceNotAllowed.error().at(t.span());
                }
                referenced.putIfAbsent(t.name(), t);
            }
        }
    }
}
