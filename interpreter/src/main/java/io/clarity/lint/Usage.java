package io.clarity.lint;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.ast.TraitReferenceExpr;
import io.clarity.definitions.Definition;
import io.clarity.vocabulary.DefineKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a contract uses what it defines, gathered in one walk over all its code (unused functions
 * included, as in Clarinet): the names it refers to, the data variables it reads and writes, the
 * maps it reads and writes, the tokens it mints, the functions it calls and where imported traits
 * appear.
 */
final class Usage {

    final Set<String> references = new HashSet<>();
    final Set<String> calls = new HashSet<>();
    final Set<String> varReads = new HashSet<>();
    final Set<String> varWrites = new HashSet<>();
    final Set<String> mapGets = new HashSet<>();
    final Set<String> mapSets = new HashSet<>();
    final Set<String> mapInserts = new HashSet<>();
    final Set<String> mapDeletes = new HashSet<>();
    final Set<String> minted = new HashSet<>();
    /** Traits taken by a public or read-only function, or named in a define-trait signature. */
    final Set<String> traitsUsed = new HashSet<>();
    /** Traits taken by a private function. */
    final Set<String> traitsInPrivate = new HashSet<>();

    private Usage() {
    }

    static Usage of(List<Definition> definitions) {
        Usage u = new Usage();
        for (Definition d : definitions) {
            if (d instanceof Definition.Constant c) {
                u.walk(c.value());
            } else if (d instanceof Definition.DataVar v) {
                u.walk(v.initial());
            } else if (d instanceof Definition.FungibleToken t && t.supply() != null) {
                u.walk(t.supply());
            } else if (d instanceof Definition.Function f) {
                Set<String> traits = f.kind() == DefineKind.DEFINE_PRIVATE ? u.traitsInPrivate : u.traitsUsed;
                for (Expr p : f.parameters()) {
                    if (p instanceof ListExpr pair && pair.size() == 2) {
                        traitReferences(pair.get(1), traits);
                    }
                }
                u.walk(f.body());
            } else if (d instanceof Definition.Trait t) {
                t.methods().forEach(m -> traitReferences(m, u.traitsUsed));
            } else if (d instanceof Definition.TopLevel t) {
                u.walk(t.source());
            }
        }
        return u;
    }

    private void walk(Expr e) {
        if (e instanceof AtomExpr a) {
            references.add(a.name());
        } else if (e instanceof ListExpr l) {
            note(l);
            for (Expr x : Forms.evaluated(l)) {
                walk(x);
            }
        }
    }

    private void note(ListExpr l) {
        String head = l.headName();
        if (head == null) {
            return;
        }
        String name = Forms.nameAt(l, 1);
        Set<String> into = switch (head) {
            case "var-get" -> varReads;
            case "var-set" -> varWrites;
            case "map-get?" -> mapGets;
            case "map-set" -> mapSets;
            case "map-insert" -> mapInserts;
            case "map-delete" -> mapDeletes;
            case "ft-mint?", "nft-mint?" -> minted;
            case "map", "filter", "fold" -> calls;
            default -> null;
        };
        if (into != null && name != null) {
            into.add(name);
        } else if (into == null) {
            calls.add(head);
        }
    }

    private static void traitReferences(Expr e, Set<String> into) {
        if (e instanceof TraitReferenceExpr t) {
            into.add(t.name());
        } else if (e instanceof ListExpr l) {
            l.items().forEach(x -> traitReferences(x, into));
        }
    }
}
