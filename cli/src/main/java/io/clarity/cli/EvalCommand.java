package io.clarity.cli;

import io.clarity.Simnet;
import io.clarity.SnippetResult;
import io.clarity.cli.console.Environment;
import io.clarity.cli.console.ErrorReport;
import io.clarity.cli.console.Style;
import io.clarity.cli.console.VersionProvider;
import io.clarity.error.ClarityError;
import io.clarity.trace.StepRecorder;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code clarity eval}: evaluates Clarity code on a fresh chain. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Evaluates Clarity code on a fresh chain and prints its value and events.",
            "The code runs as the deployer; the value is that of the last expression. The",
            "code may define things first, as in a contract.",
            "",
            "Exit status: 0 evaluated, 1 the code was refused or failed (the error is shown",
            "with its line and a caret), 2 a usage error."},
        footer = {"", "Examples:",
            "  clarity eval '(+ 1 2)'",
            "  clarity eval --epoch 2.5 '(slice? \"blockstack\" u5 u10)'",
            "  clarity eval --steps '(+ 1 (* 2 3))'",
            "  echo '(define-constant k u5) (* k k)' | clarity eval -"})
public final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CODE", description = "The code, or '-' to read it from standard input.")
    String code;

    @Option(names = "--epoch", paramLabel = "E", description = "The epoch of the chain (default 3.2); the code runs as its Clarity version.")
    String epoch = "3.2";

    @Option(names = "--steps", description = "Show the evaluation step by step first: each expression with its value, indented by depth.")
    boolean steps;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Environment env;

    public EvalCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Style style = new Style(env.colour());
        Epoch e = EpochOption.parse(epoch);
        if (e == null) {
            err.println("clarity eval: " + EpochOption.unknown(epoch));
            return 2;
        }
        String source = code.equals("-") ? new String(env.in().readAllBytes(), StandardCharsets.UTF_8) : code;
        Simnet simnet = Simnet.inEpoch(e);
        StepRecorder recorder = new StepRecorder();
        if (steps) {
            simnet.instrument(recorder);
        }
        try {
            SnippetResult r = simnet.evaluate(source, simnet.deployer());
            recorder.take().forEach(step -> out.println(style.grey(step.toString())));
            r.value().ifPresent(v -> out.println(style.green(v.toString())));
            r.events().forEach(ev -> out.println("  " + style.grey(ev.toString())));
            return 0;
        } catch (ClarityError ex) {
            recorder.take().forEach(step -> out.println(style.grey(step.toString())));
            out.flush();
            err.print(ErrorReport.render(ex, code.equals("-") ? "<stdin>" : "<eval>", source, style));
            return 1;
        }
    }
}
