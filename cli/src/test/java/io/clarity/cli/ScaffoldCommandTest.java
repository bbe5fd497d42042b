package io.clarity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.chain.Accounts;
import io.clarity.project.ClarinetProject;
import io.clarity.project.ProjectException;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clarity new} and {@code clarity contract new}: the files they write, read back by the
 * project reader and checked by {@code clarity check}. (That the new project's {@code mvn test}
 * passes is checked by {@code .ci/run}, after {@code mvn install}.)
 */
class ScaffoldCommandTest {

    @TempDir
    Path dir;

    private Path newProject() {
        CliRunner.Result r = CliRunner.runIn(dir, "", "new", "demo");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        return dir.resolve("demo");
    }

    @Test
    void newWritesAClarinetProjectWithAPomAndATest() throws Exception {
        CliRunner.Result r = CliRunner.runIn(dir, "", "new", "demo");
        assertThat(r.status()).isZero();
        Path root = dir.resolve("demo");
        assertThat(r.out()).startsWith("Created the Clarinet project demo:\n")
                .contains("  demo/Clarinet.toml\n", "  demo/settings/Devnet.toml\n", "  demo/contracts/counter.clar\n",
                        "  demo/src/test/java/CounterTest.java\n", "  demo/pom.xml\n");
        for (String f : new String[] {"Clarinet.toml", "settings/Devnet.toml", "contracts/counter.clar",
            "src/test/java/CounterTest.java", "pom.xml", ".gitignore"}) {
            assertThat(root.resolve(f)).isRegularFile();
        }

        ClarinetProject project = ClarinetProject.read(root.resolve("Clarinet.toml"));
        assertThat(project.contracts()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("counter");
            assertThat(c.path()).isEqualTo(root.resolve("contracts/counter.clar"));
            assertThat(c.epoch()).isEqualTo(ClarinetProject.LATEST_EPOCH);
            assertThat(c.version()).isEqualTo(ClarinetProject.LATEST_EPOCH.defaultClarityVersion());
        });
        assertThat(project.notes()).isEmpty();
        assertThat(Files.readString(root.resolve("Clarinet.toml")))
                .contains("[project]\nname = \"demo\"\n", "epoch = \"latest\"\n", "[repl.analysis]\n");

        CliRunner.Result check = CliRunner.runIn(root, "", "check");
        assertThat(check.err()).isEmpty();
        assertThat(check.status()).isZero();
        assertThat(check.out()).doesNotContain("warning");
    }

    @Test
    void devnetHasTheStandardAccountsFromValidMnemonics() throws Exception {
        Path root = newProject();
        // reading checks every mnemonic (BIP-39 words and checksum) before deriving its address
        ClarinetProject project = ClarinetProject.read(root.resolve("Clarinet.toml"));
        Map<String, Object> addresses = new LinkedHashMap<>();
        project.accounts().forEach((name, a) -> addresses.put(name, a.address()));
        assertThat(addresses).containsExactlyEntriesOf(new LinkedHashMap<>(Accounts.standard()));
        assertThat(project.accounts().values()).allSatisfy(a ->
                assertThat(a.balance()).isEqualTo(BigInteger.valueOf(Accounts.STARTING_BALANCE)));
    }

    @Test
    void thePomPinsTheVersionsOfTheRootPom() throws IOException {
        Path root = newProject();
        String pom = Files.readString(root.resolve("pom.xml"));
        String ours = Files.readString(Path.of(System.getProperty("user.dir")).resolve("../pom.xml"));
        for (String property : new String[] {"junit.version", "assertj.version", "compiler-plugin.version",
            "surefire-plugin.version", "resources-plugin.version"}) {
            String version = between(ours, "<" + property + ">", "</" + property + ">");
            assertThat(pom).as(property).contains(">" + version + "<");
        }
        String clarity = between(ours, "<artifactId>clarity-parent</artifactId>\n  <version>", "</version>");
        assertThat(pom).contains("<artifactId>clarity-interpreter</artifactId>", "<clarity.version>" + clarity + "</clarity.version>")
                .contains("<artifactId>demo</artifactId>").doesNotContain("{{");
    }

    private static String between(String text, String start, String end) {
        int i = text.indexOf(start);
        assertThat(i).as(start).isNotNegative();
        return text.substring(i + start.length(), text.indexOf(end, i + start.length()));
    }

    @Test
    void contractNewAddsTheContractItsTableAndItsTest() throws Exception {
        Path root = newProject();
        Path contracts = root.resolve("contracts");
        // from a folder inside the project, as clarinet allows
        CliRunner.Result r = CliRunner.runIn(contracts, "", "contract", "new", "my-token");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("Added the contract my-token (Clarity 5, epoch \"latest\"):\n")
                .contains("  my-token.clar\n", "  ../src/test/java/MyTokenTest.java\n", "  ../Clarinet.toml\n");

        String toml = Files.readString(root.resolve("Clarinet.toml"));
        assertThat(toml).contains("[contracts.my-token]\npath = \"contracts/my-token.clar\"\nclarity_version = 5\nepoch = \"latest\"\n");
        // the new table sits with the contracts, before the analysis settings
        assertThat(toml.indexOf("[contracts.my-token]")).isLessThan(toml.indexOf("[repl.analysis]"));
        ClarinetProject project = ClarinetProject.read(root.resolve("Clarinet.toml"));
        assertThat(project.contracts()).extracting(ClarinetProject.Contract::name).containsExactly("counter", "my-token");
        assertThat(project.contracts().get(1).version()).isEqualTo(ClarityVersion.CLARITY5);
        assertThat(project.contracts().get(1).epoch()).isEqualTo(Epoch.E3_4);

        assertThat(Files.readString(root.resolve("src/test/java/MyTokenTest.java")))
                .contains("class MyTokenTest {", "getContractSource(\"my-token\")");
        CliRunner.Result check = CliRunner.runIn(root, "", "check");
        assertThat(check.status()).isZero();
        assertThat(check.out()).contains("2 contracts checked").doesNotContain("warning");
    }

    @Test
    void aContractAddedToAManifestWithoutAnalysisSettingsGoesAtItsEnd() throws Exception {
        Files.writeString(dir.resolve("Clarinet.toml"), "[project]\nname = \"bare\"\n# the end");
        CliRunner.Result r = CliRunner.runIn(dir, "", "contract", "new", "a");
        assertThat(r.status()).isZero();
        assertThat(Files.readString(dir.resolve("Clarinet.toml"))).isEqualTo(
                "[project]\nname = \"bare\"\n# the end\n\n[contracts.a]\npath = \"contracts/a.clar\"\nclarity_version = 5\nepoch = \"latest\"\n");
    }

    @Test
    void newRefusesAnExistingFolderAndBadNames() throws IOException {
        Files.createDirectory(dir.resolve("taken"));
        CliRunner.Result r = CliRunner.runIn(dir, "", "new", "taken");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).startsWith("clarity new: ").contains("taken already exists");
        assertThat(dir.resolve("taken")).isEmptyDirectory();

        for (String bad : new String[] {"../up", "a b", ".hidden", ""}) {
            CliRunner.Result b = CliRunner.runIn(dir, "", "new", bad);
            assertThat(b.status()).as(bad).isEqualTo(2);
            assertThat(b.err()).as(bad).contains("is not a project name");
        }
        assertThat(dir.resolve("../up")).doesNotExist();
    }

    @Test
    void contractNewRefusesOutsideAProjectBadNamesAndAnExistingContract() throws IOException, ProjectException {
        CliRunner.Result outside = CliRunner.runIn(dir, "", "contract", "new", "token");
        assertThat(outside.status()).isEqualTo(1);
        assertThat(outside.err()).isEqualTo("clarity contract new: not inside a Clarinet project: no Clarinet.toml"
                + " here or in a folder above (clarity new NAME makes one)\n");

        Path root = newProject();
        String manifest = Files.readString(root.resolve("Clarinet.toml"));
        for (String bad : new String[] {"1token", "my.token", "my token", "tok$", "a".repeat(41)}) {
            CliRunner.Result b = CliRunner.runIn(root, "", "contract", "new", bad);
            assertThat(b.status()).as(bad).isEqualTo(2);
            assertThat(b.err()).as(bad).startsWith("clarity contract new: '" + bad + "' is not a contract name");
        }
        assertThat(CliRunner.runIn(root, "", "contract", "new", "a".repeat(40)).status()).isZero();

        CliRunner.Result again = CliRunner.runIn(root, "", "contract", "new", "counter");
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("already has a contract counter");
        // a file in the way: nothing is written, the manifest is unchanged
        Files.writeString(root.resolve("contracts/loose.clar"), "(define-constant x u1)");
        String before = Files.readString(root.resolve("Clarinet.toml"));
        CliRunner.Result inTheWay = CliRunner.runIn(root, "", "contract", "new", "loose");
        assertThat(inTheWay.status()).isEqualTo(1);
        assertThat(inTheWay.err()).contains("loose.clar already exists");
        assertThat(Files.readString(root.resolve("Clarinet.toml"))).isEqualTo(before).contains(manifest.substring(0, 20));
        assertThat(root.resolve("src/test/java/LooseTest.java")).doesNotExist();
        assertThat(ClarinetProject.read(root.resolve("Clarinet.toml")).contracts()).hasSize(2);
    }
}
