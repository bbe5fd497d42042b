package io.clarity.cli;

import io.clarity.Simnet;
import io.clarity.TxResult;
import io.clarity.cli.console.Environment;
import io.clarity.cli.console.VersionProvider;
import io.clarity.cli.local.ChainStore;
import io.clarity.error.ClarityError;
import io.clarity.project.ProjectException;
import io.clarity.value.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code clarity call}: calls a public function on the local chain, as a transaction. */
@Command(name = "call",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Calls a public function on the local chain, as a transaction of the sender.",
            "The call is a block, and its changes are kept unless it returns (err ..) or",
            "fails. Arguments are Clarity literals (u1, -5, true, \"text\",",
            "'ST..., .contract, (list u1 u2), {a: u1}, (some u1), ...) or account names",
            "(wallet_1); quote those that hold blanks. Prints the result and the events.",
            "",
            "Exit status: 0 the call ran (whatever it returned), 1 it was refused or failed",
            "at run time, 2 a usage error."},
        footer = {"", "Examples:",
            "  clarity call counter increment",
            "  clarity call counter increment --sender wallet_1",
            "  clarity call compute-sharing register-provider u1000 u10 --sender wallet_1",
            "  clarity call market bid '(list u1 u2)' -5 --sender wallet_2",
            "  clarity call counter inc --sender ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG"})
public final class CallCommand extends LocalChainCommand {

    @Parameters(index = "0", paramLabel = "CONTRACT", description = "The contract: its name, .name or ST....name.")
    String contract;

    @Parameters(index = "1", paramLabel = "FN", description = "The public function.")
    String function;

    @Parameters(index = "2..*", paramLabel = "ARG", description = "The arguments, one Clarity literal each.")
    List<String> args = new ArrayList<>();

    @Option(names = "--sender", paramLabel = "W",
            description = "Who sends the transaction: an account name (wallet_1) or an address (default: deployer, as in the REPL).")
    String sender = "deployer";

    @CommandLine.Mixin
    CoverageOption coverage = new CoverageOption();

    public CallCommand(Environment env) {
        this(env, ChainStore.NONE);
    }

    CallCommand(Environment env, ChainStore.Fault fault) {
        super(env, fault);
    }

    @Override
    int run() throws IOException, ProjectException {
        ChainStore store = store();
        return store.locked(() -> {
            Simnet simnet = loadOrStart(store);
            List<Value> values = literals(simnet, args);
            return covered(coverage, simnet, s -> {
                try {
                    TxResult r = s.callPublic(contract, function, values, sender);
                    store.save(s);
                    printResult(r);
                    return 0;
                } catch (ClarityError e) {
                    // a refused or failed call is still a block, as on the chain
                    store.save(s);
                    return report(e, s);
                }
            });
        });
    }
}
