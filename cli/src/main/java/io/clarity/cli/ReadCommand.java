package io.clarity.cli;

import io.clarity.cli.console.Environment;
import io.clarity.cli.console.VersionProvider;
import io.clarity.cli.local.ChainStore;
import io.clarity.error.ClarityError;
import io.clarity.project.ProjectException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code clarity read}: calls a read-only function on the local chain. */
@Command(name = "read",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Calls a read-only function on the local chain and prints its value.",
            "Nothing changes: no block, no write. Arguments are Clarity literals or account",
            "names, as for `clarity call`.",
            "",
            "Exit status: 0 the call ran, 1 it was refused or failed at run time, 2 a usage",
            "error."},
        footer = {"", "Examples:",
            "  clarity read counter get-count",
            "  clarity read compute-sharing get-provider-data wallet_1",
            "  clarity read token get-balance 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5"})
public final class ReadCommand extends LocalChainCommand {

    @Parameters(index = "0", paramLabel = "CONTRACT", description = "The contract: its name, .name or ST....name.")
    String contract;

    @Parameters(index = "1", paramLabel = "FN", description = "The read-only function.")
    String function;

    @Parameters(index = "2..*", paramLabel = "ARG", description = "The arguments, one Clarity literal each.")
    List<String> args = new ArrayList<>();

    @Option(names = "--sender", paramLabel = "W", description = "The tx-sender it sees (default: deployer).")
    String sender = "deployer";

    @CommandLine.Mixin
    CoverageOption coverage = new CoverageOption();

    public ReadCommand(Environment env) {
        super(env, ChainStore.NONE);
    }

    @Override
    int run() throws IOException, ProjectException {
        return onSaved(chain -> covered(coverage, chain, simnet -> {
            try {
                printResult(simnet.callReadOnly(contract, function, literals(simnet, args), sender));
                return 0;
            } catch (ClarityError e) {
                return report(e, simnet);
            }
        }));
    }
}
