package io.clarity.cli;

import io.clarity.cli.console.Environment;
import io.clarity.cli.console.VersionProvider;
import io.clarity.cli.scaffold.Scaffold;
import io.clarity.cli.scaffold.ScaffoldException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code clarity new NAME}: a new Clarinet project with a Maven pom and a JUnit test. */
@Command(name = "new",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Creates a Clarinet project in a new folder NAME, as clarinet new does.",
            "It has Clarinet.toml, settings/Devnet.toml (the standard devnet accounts) and",
            "contracts/counter.clar, a sample contract; and a Maven pom.xml (JUnit 5, AssertJ and",
            "this interpreter) with src/test/java/CounterTest.java, whose tests pass with mvn test",
            "once the library is installed (mvn install in a clone of clarity).",
            "",
            "Exit status: 0 created, 1 NAME exists already, 2 a usage error (a bad NAME)."},
        footer = {"", "Examples:",
            "  clarity new my-project",
            "  cd my-project && mvn test"})
public final class NewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "The project's name and folder.")
    String name;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Environment env;

    public NewCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> written;
        try {
            written = Scaffold.newProject(env.workingDir(), name);
        } catch (ScaffoldException e) {
            spec.commandLine().getErr().println("clarity new: " + e.getMessage());
            return e.usage() ? 2 : 1;
        }
        out.println("Created the Clarinet project " + name + ":");
        ContractCommand.list(out, env.workingDir(), written);
        out.println();
        out.println("Its tests run with Maven, once this interpreter is in your local Maven repository");
        out.println("(mvn install in a clone of clarity):");
        out.println("  cd " + name);
        out.println("  mvn test");
        out.println("  clarity contract new NAME     adds a contract and its test");
        return 0;
    }
}
