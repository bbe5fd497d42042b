package io.clarity.cli;

import io.clarity.cli.console.Environment;
import io.clarity.cli.console.VersionProvider;
import io.clarity.cli.local.ChainStore;
import io.clarity.project.ProjectException;
import io.clarity.version.Epoch;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clarity reset}: forgets the local chain. */
@Command(name = "reset",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Forgets the local chain kept in .clarity/ under the current folder.",
            "The next command starts a new one, with the accounts of the Clarinet project",
            "here (read again), in epoch 3.2; with --epoch, a new chain in that epoch is",
            "started now.",
            "",
            "Exit status: 0 done, 1 an unknown epoch, 2 a usage error."},
        footer = {"", "Examples:",
            "  clarity reset",
            "  clarity reset --epoch 2.5"})
public final class ResetCommand extends LocalChainCommand {

    @Option(names = "--epoch", paramLabel = "E", description = "Start a new chain in this epoch now (2.0 ... 3.4).")
    String epoch;

    public ResetCommand(Environment env) {
        super(env, ChainStore.NONE);
    }

    @Override
    int run() throws IOException, ProjectException {
        Epoch e = null;
        if (epoch != null) {
            e = EpochOption.parse(epoch);
            if (e == null) {
                return refuse(EpochOption.unknown(epoch));
            }
        }
        Epoch start = e;
        ChainStore store = store();
        return store.locked(() -> {
            boolean had = store.reset();
            if (start != null) {
                store.save(start(start));
            } else {
                out().println(had ? "local chain reset: the next command starts a new one" : "no local chain to reset");
            }
            return 0;
        });
    }
}
