package io.clarity.cli.scaffold;

import io.clarity.project.ClarinetProject;
import io.clarity.project.ProjectException;
import io.clarity.version.ClarityVersion;
import io.clarity.vocabulary.Names;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes new projects and contracts, as {@code clarinet new} and {@code clarinet contract new} do,
 * plus what JUnit needs: a Clarinet project ({@code Clarinet.toml}, {@code settings/Devnet.toml}
 * with the standard devnet accounts, {@code contracts/}) with a Maven {@code pom.xml} that depends
 * on this interpreter, and a JUnit test per contract. The texts are templates in this package's
 * resources; the versions the pom pins come from the build ({@code versions.properties}).
 */
public final class Scaffold {

    /** The sample contract of a new project. */
    public static final String SAMPLE_CONTRACT = "counter";

    private static final Pattern CONTRACT_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_-]*");
    private static final Pattern PROJECT_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z.-]+)}}");
    private static final Pattern TABLE_AFTER_CONTRACTS = Pattern.compile("(?m)^\\[repl[.\\]]");

    private Scaffold() {
    }

    /** Why {@code name} cannot name a contract (Clarity's rule for contract names), or null if it can. */
    public static String contractNameProblem(String name) {
        if (!CONTRACT_NAME.matcher(name).matches()) {
            return "'" + name + "' is not a contract name: it must start with a letter, followed by letters,"
                    + " digits, '-' or '_'";
        }
        if (name.length() > Names.MAX_CONTRACT_NAME_LENGTH) {
            return "'" + name + "' is not a contract name: it has " + name.length() + " characters, at most "
                    + Names.MAX_CONTRACT_NAME_LENGTH + " are allowed";
        }
        return null;
    }

    /** Why {@code name} cannot name a project (a folder and a Maven artifactId), or null if it can. */
    public static String projectNameProblem(String name) {
        if (!PROJECT_NAME.matcher(name).matches()) {
            return "'" + name + "' is not a project name: it must start with a letter or a digit, followed by"
                    + " letters, digits, '.', '-' or '_' (it names a folder and the Maven artifact)";
        }
        return null;
    }

    /** The JUnit test class of contract {@code name}: {@code my-token} gives {@code MyTokenTest}. */
    public static String testClass(String contract) {
        StringBuilder b = new StringBuilder();
        for (String part : contract.split("[-_]")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.append("Test").toString();
    }

    /**
     * Creates the project {@code name} in a new folder of {@code parent}, with the sample contract
     * and its test; returns the files written.
     */
    public static List<Path> newProject(Path parent, String name) throws ScaffoldException {
        String problem = projectNameProblem(name);
        if (problem != null) {
            throw new ScaffoldException(problem, true);
        }
        Path root = parent.resolve(name);
        if (Files.exists(root)) {
            throw new ScaffoldException(root + " already exists: choose another name, or remove it first", false);
        }
        Map<String, String> values = versions();
        values.put("name", name);
        List<Path> written = new ArrayList<>();
        try {
            write(root.resolve(ClarinetProject.MANIFEST), fill("Clarinet.toml.tmpl", values), written);
            write(root.resolve("settings").resolve("Devnet.toml"), template("Devnet.toml.tmpl"), written);
            written.addAll(addContract(root, SAMPLE_CONTRACT, template("counter.clar.tmpl"),
                    template("CounterTest.java.tmpl")));
            write(root.resolve("pom.xml"), fill("pom.xml.tmpl", values), written);
            write(root.resolve(".gitignore"), template("gitignore.tmpl"), written);
        } catch (IOException e) {
            throw new ScaffoldException("cannot write the project: " + e.getMessage(), false);
        }
        // the manifest is written, then changed when the sample contract is added: listed once
        return List.copyOf(new LinkedHashSet<>(written));
    }

    /**
     * Adds contract {@code name} to the project of {@code manifest}: {@code contracts/NAME.clar}, its
     * table in the manifest and its JUnit test; returns the files written or changed.
     */
    public static List<Path> newContract(Path manifest, String name) throws ScaffoldException {
        String problem = contractNameProblem(name);
        if (problem != null) {
            throw new ScaffoldException(problem, true);
        }
        Map<String, String> values = new HashMap<>();
        values.put("contract", name);
        values.put("class", testClass(name));
        try {
            return addContract(manifest.getParent(), name, fill("contract.clar.tmpl", values),
                    fill("ContractTest.java.tmpl", values));
        } catch (IOException e) {
            throw new ScaffoldException("cannot write the contract: " + e.getMessage(), false);
        }
    }

    /** The Clarity version a new contract declares: that of {@code epoch = "latest"}, which it declares too. */
    public static ClarityVersion newContractVersion() {
        return ClarinetProject.LATEST_EPOCH.defaultClarityVersion();
    }

    private static List<Path> addContract(Path root, String name, String source, String test)
            throws IOException, ScaffoldException {
        Path manifest = root.resolve(ClarinetProject.MANIFEST);
        Path contract = root.resolve("contracts").resolve(name + ".clar");
        Path testFile = root.resolve("src").resolve("test").resolve("java").resolve(testClass(name) + ".java");
        String toml = Files.readString(manifest);
        if (Pattern.compile("(?m)^\\[contracts\\.\"?" + Pattern.quote(name) + "\"?]").matcher(toml).find()) {
            throw new ScaffoldException(manifest + " already has a contract " + name, false);
        }
        for (Path p : List.of(contract, testFile)) {
            if (Files.exists(p)) {
                throw new ScaffoldException(p + " already exists", false);
            }
        }
        String entry = "[contracts." + name + "]\n"
                + "path = \"contracts/" + name + ".clar\"\n"
                + "clarity_version = " + newContractVersion().number() + "\n"
                + "epoch = \"latest\"\n\n";
        String updated = withContract(toml, entry);
        List<Path> written = new ArrayList<>();
        write(contract, source, written);
        write(testFile, test, written);
        Files.writeString(manifest, updated);
        try {
            if (ClarinetProject.read(manifest).contracts().stream().noneMatch(c -> c.name().equals(name))) {
                throw new ProjectException("the contract is not among those read back");
            }
        } catch (ProjectException e) {
            Files.writeString(manifest, toml);
            for (Path p : written) {
                Files.deleteIfExists(p);
            }
            throw new ScaffoldException("cannot add the contract to " + manifest + ": " + e.getMessage(), false);
        }
        written.add(manifest);
        return written;
    }

    /** {@code toml} with {@code entry} before the analysis settings ({@code [repl...]}), or at its end. */
    private static String withContract(String toml, String entry) {
        Matcher m = TABLE_AFTER_CONTRACTS.matcher(toml);
        if (m.find()) {
            return toml.substring(0, m.start()) + entry + toml.substring(m.start());
        }
        String body = toml.isEmpty() || toml.endsWith("\n\n") ? toml : toml.endsWith("\n") ? toml + "\n" : toml + "\n\n";
        return body + entry.stripTrailing() + "\n";
    }

    private static void write(Path file, String text, List<Path> written) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        written.add(file);
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template(template));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("template " + template + " has no value for " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static String template(String name) {
        try (InputStream in = Scaffold.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the template " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The versions the build wrote into versions.properties. */
    static Map<String, String> versions() {
        Properties p = new Properties();
        try (InputStream in = Scaffold.class.getResourceAsStream("versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("versions.properties is missing from the build");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new HashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }
}
