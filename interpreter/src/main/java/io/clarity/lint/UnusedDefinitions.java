package io.clarity.lint;

import io.clarity.definitions.Definition;
import io.clarity.vocabulary.DefineKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The unused_* lints about definitions: constants never referred to, data variables never read
 * or never written, maps never read or never written, private functions never called, tokens
 * never minted, imported traits no public or read-only function takes. A name that starts or
 * ends with {@code _} is unused on purpose, and {@code #[allow(lint)]} on the line above the
 * definition silences it (a private function marked {@code #[env(simnet)]} too), as in Clarinet.
 */
final class UnusedDefinitions {

    private final List<Definition> definitions;
    private final Usage usage;
    private final Annotations annotations;

    UnusedDefinitions(List<Definition> definitions, Annotations annotations) {
        this.definitions = definitions;
        this.usage = Usage.of(definitions);
        this.annotations = annotations;
    }

    /** What {@code lint} (one of the definition lints) finds, at {@code level}. */
    List<Finding> find(Lint lint, Level level) {
        List<Finding> out = new ArrayList<>();
        for (Definition d : definitions) {
            String name = d.name();
            if (name == null || explicitlyUnused(name) || annotations.allows(d.span(), lint.clarinetName())) {
                continue;
            }
            String[] problem = problem(lint, d);
            if (problem != null) {
                out.add(new Finding(lint.clarinetName(), level, problem[0], d.span(), problem[1]));
            }
        }
        return out;
    }

    /** The message and suggestion when {@code d} is unused in the sense of {@code lint}, else null. */
    private String[] problem(Lint lint, Definition d) {
        String n = d.name();
        return switch (lint) {
            case UNUSED_CONST -> d instanceof Definition.Constant && !usage.references.contains(n)
                    ? new String[] {"constant `" + n + "` never used", "Remove this expression"} : null;
            case UNUSED_DATA_VAR -> d instanceof Definition.DataVar ? dataVar(n) : null;
            case UNUSED_MAP -> d instanceof Definition.Map ? map(n) : null;
            case UNUSED_PRIVATE_FN -> d instanceof Definition.Function f && f.kind() == DefineKind.DEFINE_PRIVATE
                    && !usage.calls.contains(n) && !simnetOnly(d)
                    ? new String[] {"private function `" + n + "` is never used",
                        "Remove this expression or suffix function name with '_' if this is intentional"} : null;
            case UNUSED_TOKEN -> token(d);
            case UNUSED_TRAIT -> d instanceof Definition.UseTrait ? useTrait(n) : null;
            case NOOP, UNUSED_BINDING -> null;
        };
    }

    private String[] dataVar(String n) {
        boolean read = usage.varReads.contains(n);
        boolean written = usage.varWrites.contains(n);
        if (read && written) {
            return null;
        }
        if (read) {
            return new String[] {"data variable `" + n + "` never modified", "Declare it with `define-constant`"};
        }
        return new String[] {"data variable `" + n + "` never " + (written ? "read" : "used"), "Remove this expression"};
    }

    /** Clarinet's rule: map-insert alone can matter (a uniqueness check); map-set needs a read or a delete. */
    private String[] map(String n) {
        boolean get = usage.mapGets.contains(n);
        boolean set = usage.mapSets.contains(n);
        if (usage.mapInserts.contains(n) || set && (get || usage.mapDeletes.contains(n))) {
            return null;
        }
        if (get) {
            return new String[] {"map `" + n + "` is read from but never written to",
                "Remove map or write to it using `map-set`/`map-insert`"};
        }
        if (set) {
            return new String[] {"map `" + n + "` never read from", "Remove map or read from it using `map-get?`"};
        }
        return new String[] {"map `" + n + "` never used", "Remove this expression"};
    }

    private String[] token(Definition d) {
        String n = d.name();
        if (usage.minted.contains(n)) {
            return null;
        }
        if (d instanceof Definition.FungibleToken) {
            return new String[] {"fungible token `" + n + "` never used", "Remove this expression"};
        }
        return d instanceof Definition.NonFungibleToken
                ? new String[] {"non-fungible token `" + n + "` never used", "Remove this expression"} : null;
    }

    private String[] useTrait(String n) {
        if (usage.traitsUsed.contains(n)) {
            return null;
        }
        return usage.traitsInPrivate.contains(n)
                ? new String[] {"imported trait `" + n + "` only appears in private functions, so cannot be used",
                    "Remove this expression"}
                : new String[] {"imported trait `" + n + "` is never used", "Remove this expression"};
    }

    private boolean simnetOnly(Definition d) {
        Annotation a = annotations.above(d.span());
        return a != null && a.kind() == Annotation.Kind.ENV;
    }

    /** Clarinet's convention: a name starting or ending with {@code _} is meant to be unused. */
    static boolean explicitlyUnused(String name) {
        return name.startsWith("_") || name.endsWith("_");
    }
}
