package io.clarity.cli;

import io.clarity.Deployment;
import io.clarity.Simnet;
import io.clarity.cli.console.ChainViews;
import io.clarity.cli.console.Environment;
import io.clarity.cli.console.ErrorReport;
import io.clarity.cli.console.VersionProvider;
import io.clarity.cli.local.ChainStore;
import io.clarity.cli.project.ContractFile;
import io.clarity.cli.project.ProjectException;
import io.clarity.error.ClarityError;
import io.clarity.syntax.SourceText;
import io.clarity.version.ClarityVersion;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code clarity deploy}: deploys a contract file on the local chain. */
@Command(name = "deploy",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Deploys a contract on the local chain kept in .clarity/ under this folder.",
            "The chain is started on first use, with the accounts of the Clarinet project",
            "here, if any. The contract is named after its file unless --name says",
            "otherwise.",
            "Like every transaction, a deploy is a block, even when it fails.",
            "",
            "Exit status: 0 deployed, 1 the contract was refused (the error is shown with",
            "its line and a caret), 2 a usage error."},
        footer = {"", "Examples:",
            "  clarity deploy contracts/counter.clar",
            "  clarity deploy token.clar --name my-token --sender wallet_1",
            "  clarity deploy old.clar --clarity-version 2"})
public final class DeployCommand extends LocalChainCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The contract's source (.clar).")
    String file;

    @Option(names = "--name", paramLabel = "NAME", description = "The contract's name (default: the file's name).")
    String contractName;

    @Option(names = "--sender", paramLabel = "W", description = "Who deploys it: an account name or address (default: deployer).")
    String sender = "deployer";

    @Option(names = "--clarity-version", paramLabel = "N", description = "Its Clarity version (default: the epoch's).")
    Integer clarityVersion;

    public DeployCommand(Environment env) {
        this(env, ChainStore.NONE);
    }

    DeployCommand(Environment env, ChainStore.Fault fault) {
        super(env, fault);
    }

    @Override
    int run() throws IOException, ProjectException {
        Path path = env.resolve(file);
        String source;
        try {
            source = SourceText.read(path);
        } catch (IOException | RuntimeException e) {
            return refuse("cannot read " + file + ": " + e.getMessage());
        }
        ClarityVersion version = null;
        if (clarityVersion != null) {
            version = ClarityVersion.of(clarityVersion);
            if (version == null) {
                return refuse("--clarity-version is 1 to 5, not " + clarityVersion);
            }
        }
        String name = contractName != null ? contractName : ContractFile.nameOf(path);
        ClarityVersion v = version;
        ChainStore store = store();
        return store.locked(() -> {
            Simnet simnet = loadOrStart(store);
            try {
                Deployment d = simnet.deploy(name, source, v, sender);
                store.save(simnet);
                out().println(style().green("deployed " + d.contract() + " (clarity " + d.version().number()
                        + ", epoch " + d.epoch() + ")"));
                d.events().forEach(e -> out().println("  " + style().grey(e.toString())));
                ChainViews.callable(simnet.getContractInterface(d.contract()))
                        .forEach(f -> out().println("  " + f));
                return 0;
            } catch (ClarityError e) {
                // the failed deploy's block stays, as on the chain
                store.save(simnet);
                out().flush();
                err().print(ErrorReport.render(e, file, source, style()));
                return 1;
            }
        });
    }
}
