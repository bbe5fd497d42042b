package io.clarity.cli;

import io.clarity.Simnet;
import io.clarity.chain.DeployedContract;
import io.clarity.cli.console.ChainViews;
import io.clarity.cli.console.Environment;
import io.clarity.cli.console.VersionProvider;
import io.clarity.cli.local.ChainStore;
import io.clarity.project.ProjectException;
import io.clarity.value.ContractPrincipalValue;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code clarity state}: what the local chain holds. */
@Command(name = "state",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Shows the local chain: heights, balances, and every contract's state.",
            "That is the epoch and heights, who holds what (STX and tokens), and each",
            "contract with its functions, constants, data-vars and every entry of its maps.",
            "",
            "Exit status: 0 shown, 1 no such contract or no local chain, 2 a usage error."},
        footer = {"", "Examples:",
            "  clarity state",
            "  clarity state counter"})
public final class StateCommand extends LocalChainCommand {

    @Parameters(arity = "0..1", paramLabel = "CONTRACT", description = "Show only this contract.")
    String contract;

    public StateCommand(Environment env) {
        super(env, ChainStore.NONE);
    }

    @Override
    int run() throws IOException, ProjectException {
        return onSaved(simnet -> {
            if (contract != null) {
                ContractPrincipalValue id = simnet.contractId(contract);
                DeployedContract c = simnet.contract(id);
                if (c == null) {
                    return refuse("no contract " + id.address() + " on the local chain");
                }
                show(simnet, c);
                return 0;
            }
            out().println("epoch " + simnet.epoch() + " (" + simnet.epoch().defaultClarityVersion() + "), stacks-block-height "
                    + simnet.stacksBlockHeight() + ", burn-block-height " + simnet.burnBlockHeight());
            out().print(ChainViews.assets(simnet));
            for (DeployedContract c : simnet.state().contracts().values()) {
                show(simnet, c);
            }
            return 0;
        });
    }

    private void show(Simnet simnet, DeployedContract c) {
        out().println();
        out().println(style().bold(c.id().address()) + " (clarity " + c.version().number() + ", epoch " + c.epoch() + ")");
        List<String> functions = ChainViews.callable(simnet.getContractInterface(c.id()));
        functions.forEach(f -> out().println("  " + f));
        ChainViews.storage(c).forEach(line -> out().println("  " + line));
    }
}
