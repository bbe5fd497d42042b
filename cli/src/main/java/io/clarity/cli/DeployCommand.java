package io.clarity.cli;

import io.clarity.Deployment;
import io.clarity.Simnet;
import io.clarity.cli.console.ChainViews;
import io.clarity.cli.console.Environment;
import io.clarity.cli.console.ErrorReport;
import io.clarity.cli.console.VersionProvider;
import io.clarity.cli.local.ChainStore;
import io.clarity.error.ClarityError;
import io.clarity.project.ClarinetProject;
import io.clarity.project.ContractFile;
import io.clarity.project.DeploymentPlan;
import io.clarity.project.Deployments;
import io.clarity.project.ProjectException;
import io.clarity.syntax.SourceText;
import io.clarity.version.ClarityVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code clarity deploy}: deploys a contract file, or the Clarinet project's contracts, on the local chain. */
@Command(name = "deploy",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Deploys a contract on the local chain kept in .clarity/ under this folder.",
            "The chain is started on first use, with the accounts of the Clarinet project",
            "here, if any. The contract is named after its file unless --name says",
            "otherwise. With no FILE, deploys the contracts of the Clarinet project here",
            "(Clarinet.toml), as clarinet-sdk does: in dependency order, each in its epoch",
            "with its Clarity version.",
            "Like every transaction, a deploy is a block, even when it fails.",
            "",
            "Exit status: 0 deployed, 1 a contract was refused (the error is shown with",
            "its line and a caret), 2 a usage error."},
        footer = {"", "Examples:",
            "  clarity deploy",
            "  clarity deploy contracts/counter.clar",
            "  clarity deploy token.clar --name my-token --sender wallet_1",
            "  clarity deploy old.clar --clarity-version 2"})
public final class DeployCommand extends LocalChainCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The contract's source (.clar); none: the project's contracts.")
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
        if (file == null) {
            return deployProject();
        }
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

    /** Deploys the contracts of the project here, each as a block, and runs its plan's calls. */
    private int deployProject() throws IOException, ProjectException {
        if (contractName != null || clarityVersion != null || !sender.equals("deployer")) {
            return usage("--name, --sender and --clarity-version are for one FILE; the project's contracts are"
                    + " deployed as in Clarinet.toml");
        }
        Optional<Path> manifest = ClarinetProject.find(env.workingDir());
        if (manifest.isEmpty()) {
            return usage("no FILE, and no Clarinet.toml here or above to take the contracts from");
        }
        ClarinetProject project = ClarinetProject.read(manifest.get());
        ChainStore store = store();
        return store.locked(() -> {
            Optional<Simnet> saved = store.load();
            // a new chain starts where clarinet-sdk starts a project's, so that each contract deploys in its epoch
            Simnet simnet = saved.isPresent() ? saved.get() : start(null);
            List<Deployments.Outcome> outcomes = Deployments.deploy(simnet, project, List.of(), null);
            store.save(simnet);
            int status = 0;
            for (Deployments.Outcome o : outcomes) {
                if (o instanceof Deployments.Deployed d) {
                    out().println(style().green("deployed " + d.deployment().contract() + " (clarity "
                            + d.deployment().version().number() + ", epoch " + d.deployment().epoch() + ")"));
                } else if (o instanceof Deployments.Rejected r) {
                    out().flush();
                    err().print(ErrorReport.render(r.error(), env.workingDir().relativize(r.file().path()).toString(),
                            r.source(), style()));
                    err().flush();
                    status = 1;
                } else if (o instanceof Deployments.Unreadable u) {
                    status = refuse(u.reason());
                } else if (o instanceof Deployments.Called c) {
                    out().println(c.call() + " => " + style().green(c.result().result().toString()));
                } else if (o instanceof Deployments.CallFailed f) {
                    status = refuse(DeploymentPlan.FILE + ": " + f.call() + ": " + f.reason());
                }
            }
            return status;
        });
    }

    private int usage(String message) {
        err().println(name() + ": " + message);
        return 2;
    }
}
