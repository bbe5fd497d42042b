package io.clarity.cli;

import io.clarity.cli.console.Explanations;
import io.clarity.cli.console.VersionProvider;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code clarity explain [KIND]}: what an error kind means, its usual causes and fixes, an example. */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Explains an error kind: what it means, its usual causes and how to fix it.",
            "Each entry has an example with the result the real Clarity VM gave. Every",
            "diagnostic ends with the command that explains it. Without KIND, lists every",
            "kind by category.",
            "",
            "Exit status: 0 explained, 2 an unknown kind or a usage error."},
        footer = {"", "Examples:",
            "  clarity explain",
            "  clarity explain UndefinedVariable",
            "  clarity explain runtime/NameAlreadyUsed"})
public final class ExplainCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "KIND",
            description = "An error kind, any case (TypeError), or category/KIND (check/NameAlreadyUsed).")
    String kind;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (kind == null) {
            spec.commandLine().getOut().print(Explanations.listing());
            return 0;
        }
        Explanations.Answer a = Explanations.of(kind);
        if (!a.found()) {
            spec.commandLine().getErr().print("clarity explain: " + a.text());
            return 2;
        }
        spec.commandLine().getOut().print(a.text());
        return 0;
    }
}
