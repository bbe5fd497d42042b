package io.clarity.cli;

import io.clarity.cli.console.Environment;
import io.clarity.cli.console.VersionProvider;
import io.clarity.cli.scaffold.Scaffold;
import io.clarity.cli.scaffold.ScaffoldException;
import io.clarity.project.ClarinetProject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code clarity contract}: the contracts of a Clarinet project ({@code new} for now). */
@Command(name = "contract",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Adds contracts to the Clarinet project here, as clarinet contract does.",
        subcommands = ContractCommand.New.class,
        footer = {"", "Examples:",
            "  clarity contract new token"})
public final class ContractCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints {@code files}, relative to {@code dir}, one a line. */
    static void list(PrintWriter out, Path dir, List<Path> files) {
        for (Path f : files) {
            out.println("  " + dir.relativize(f));
        }
    }

    /** {@code clarity contract new NAME}. */
    @Command(name = "new",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = {
                "Adds a contract to the Clarinet project here (the Clarinet.toml of this folder or",
                "of the nearest above), as clarinet contract new does: contracts/NAME.clar (an",
                "empty outline), its table in Clarinet.toml (the latest epoch and its Clarity",
                "version), and a JUnit test, src/test/java/NameTest.java.",
                "",
                "Exit status: 0 added, 1 not inside a project or the contract exists, 2 a usage",
                "error (NAME is not a contract name)."},
            footer = {"", "Examples:",
                "  clarity contract new token",
                "  clarity contract new my-nft         test class MyNftTest"})
    public static final class New implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", description = "The contract's name: a letter, then letters, digits, '-' or '_'.")
        String name;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        private final Environment env;

        public New(Environment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            String problem = Scaffold.contractNameProblem(name);
            if (problem != null) {
                err.println("clarity contract new: " + problem);
                return 2;
            }
            Optional<Path> manifest = ClarinetProject.find(env.workingDir());
            if (manifest.isEmpty()) {
                err.println("clarity contract new: not inside a Clarinet project: no " + ClarinetProject.MANIFEST
                        + " here or in a folder above (clarity new NAME makes one)");
                return 1;
            }
            List<Path> written;
            try {
                written = Scaffold.newContract(manifest.get(), name);
            } catch (ScaffoldException e) {
                err.println("clarity contract new: " + e.getMessage());
                return e.usage() ? 2 : 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Added the contract " + name + " (Clarity " + Scaffold.newContractVersion().number()
                    + ", epoch \"latest\"):");
            list(out, env.workingDir(), written);
            return 0;
        }
    }
}
