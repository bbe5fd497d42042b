package io.clarity.project;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.clarity.Simnet;
import io.clarity.chain.Accounts;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Clarinet project, as {@code clarinet new} lays it out: {@code Clarinet.toml} names the
 * contracts ({@code [contracts.NAME]} with {@code path}, {@code clarity_version} and
 * {@code epoch}), {@code settings/Devnet.toml} the accounts ({@code [accounts.NAME]} with
 * {@code mnemonic}, {@code balance} and an optional {@code derivation}). Versions and epochs are
 * resolved as clarinet-sdk 3.21 resolves them (checked on it): a contract without an epoch
 * deploys in 2.05, {@code epoch = "latest"} is 3.4, and a contract without a Clarity version
 * takes its epoch's (Clarity 1 in 2.05, 5 in 3.4); a version its epoch does not allow is refused.
 * Mnemonics are checked (BIP-39 words and checksum) before an address is derived from them.
 *
 * @param manifest the Clarinet.toml
 * @param contracts the contracts in the order the manifest lists them
 * @param accounts the devnet accounts in the order of Devnet.toml
 * @param plan the contract calls that deployments/default.simnet-plan.yaml adds, if it is there
 * @param notes what the reader noticed and the user may want to know (a contract file not in the
 *              manifest, a missing Devnet.toml)
 */
public record ClarinetProject(Path manifest, List<Contract> contracts, Map<String, Account> accounts, DeploymentPlan plan,
                              List<String> notes) {

    /** The manifest's file name. */
    public static final String MANIFEST = "Clarinet.toml";

    public ClarinetProject {
        contracts = List.copyOf(contracts);
        accounts = Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
        notes = List.copyOf(notes);
    }

    /** The epoch of a contract whose manifest entry gives none (clarinet-sdk's default). */
    public static final Epoch DEFAULT_EPOCH = Epoch.E2_05;

    /** The epoch {@code epoch = "latest"} means: the latest the interpreter (and clarinet-sdk 3.21) knows. */
    public static final Epoch LATEST_EPOCH = Epoch.values()[Epoch.values().length - 1];

    /**
     * A contract of the manifest.
     *
     * @param version its Clarity version: as declared, or its epoch's
     * @param epoch its epoch: as declared, {@link #LATEST_EPOCH} for {@code "latest"}, or {@link #DEFAULT_EPOCH}
     */
    public record Contract(String name, Path path, ClarityVersion version, Epoch epoch) {
    }

    /** A devnet account: its address (derived from its mnemonic) and starting balance in micro-STX. */
    public record Account(String name, StandardPrincipalValue address, BigInteger balance) {
    }

    /** A new chain with the project's accounts, funded: in epoch 2.05, before any deploy, as clarinet-sdk opens one. */
    public Simnet chain() {
        return chain(accounts);
    }

    /** A new chain with {@code accounts} (name to account, in the order of settings/Devnet.toml), funded. */
    public static Simnet chain(Map<String, Account> accounts) {
        Map<String, StandardPrincipalValue> addresses = new LinkedHashMap<>();
        Map<String, BigInteger> balances = new HashMap<>();
        accounts.forEach((name, a) -> {
            addresses.put(name, a.address());
            balances.put(name, a.balance());
        });
        return Simnet.withAccounts(addresses, balances);
    }

    /** The Clarinet.toml of {@code dir} or of the nearest folder above it, if any. */
    public static Optional<Path> find(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path m = d.resolve(MANIFEST);
            if (Files.isRegularFile(m)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Reads the project of {@code manifest}. */
    public static ClarinetProject read(Path manifest) throws ProjectException {
        Path root = manifest.toAbsolutePath().normalize().getParent();
        JsonNode toml = parse(manifest);
        List<String> notes = new ArrayList<>();
        List<Contract> contracts = contracts(toml.path("contracts"), root, manifest);
        Path devnet = root.resolve("settings").resolve("Devnet.toml");
        Map<String, Account> accounts;
        if (Files.isRegularFile(devnet)) {
            accounts = accounts(parse(devnet).path("accounts"), devnet);
        } else {
            accounts = standardAccounts();
            notes.add("settings/Devnet.toml not found: using the standard devnet accounts");
        }
        notes.addAll(unlisted(root, contracts));
        Path planFile = root.resolve(DeploymentPlan.FILE);
        DeploymentPlan plan = Files.isRegularFile(planFile) ? DeploymentPlan.read(planFile) : DeploymentPlan.NONE;
        return new ClarinetProject(manifest.toAbsolutePath().normalize(), contracts, accounts, plan, notes);
    }

    /** The ten standard accounts of a {@code clarinet new} project. */
    public static Map<String, Account> standardAccounts() {
        Map<String, Account> out = new LinkedHashMap<>();
        Accounts.standard().forEach((name, p) -> out.put(name,
                new Account(name, p, BigInteger.valueOf(Accounts.STARTING_BALANCE))));
        return out;
    }

    private static JsonNode parse(Path file) throws ProjectException {
        try {
            return new TomlMapper().readTree(Files.readString(file));
        } catch (JacksonException e) {
            throw new ProjectException(file + ": not valid TOML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ProjectException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static List<Contract> contracts(JsonNode table, Path root, Path manifest) throws ProjectException {
        List<Contract> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : table.properties()) {
            String name = e.getKey();
            String where = manifest.getFileName() + " [contracts." + name + "]";
            if (!ContractPrincipalValue.isValidName(name)) {
                throw new ProjectException(where + ": not a contract name");
            }
            JsonNode c = e.getValue();
            if (!c.path("path").isTextual()) {
                throw new ProjectException(where + ": no path = \"contracts/" + name + ".clar\"");
            }
            Path path = root.resolve(c.path("path").asText()).normalize();
            Epoch epoch = epoch(c.path("epoch"), where);
            ClarityVersion version = version(c.path("clarity_version"), where);
            if (version == null) {
                version = epoch.defaultClarityVersion();
            } else if (!epoch.allows(version)) {
                throw new ProjectException(where + ": Clarity " + version.number() + " cannot be used in epoch " + epoch
                        + (c.path("epoch").isMissingNode() ? " (the epoch of a contract that gives none)" : "")
                        + "; set epoch = \"latest\" or one that allows it");
            }
            out.add(new Contract(name, path, version, epoch));
        }
        return out;
    }

    private static ClarityVersion version(JsonNode v, String where) throws ProjectException {
        if (v.isMissingNode() || "latest".equals(v.asText())) {
            return null;
        }
        ClarityVersion version = v.canConvertToInt() ? ClarityVersion.of(v.asInt()) : null;
        if (version == null) {
            throw new ProjectException(where + ": clarity_version is 1 to 5, not " + v.asText());
        }
        return version;
    }

    private static Epoch epoch(JsonNode v, String where) throws ProjectException {
        if (v.isMissingNode()) {
            return DEFAULT_EPOCH;
        }
        if ("latest".equals(v.asText())) {
            return LATEST_EPOCH;
        }
        // written as a string ("2.1") or a number (2.1), which the TOML reader keeps as a decimal
        // without its trailing zeros: 3.0 reads back as 3
        String label = v.isNumber() ? v.decimalValue().toPlainString() : v.asText();
        if (v.isNumber() && !label.contains(".")) {
            label += ".0";
        }
        Epoch e = Epoch.of(label);
        if (e == null) {
            throw new ProjectException(where + ": epoch " + label + " is not one of 2.0, 2.05, 2.1 ... 3.4 or \"latest\"");
        }
        return e;
    }

    private static Map<String, Account> accounts(JsonNode table, Path devnet) throws ProjectException {
        Map<String, Account> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : table.properties()) {
            String name = e.getKey();
            String where = "settings/" + devnet.getFileName() + " [accounts." + name + "]";
            JsonNode a = e.getValue();
            if (!a.path("mnemonic").isTextual()) {
                throw new ProjectException(where + ": no mnemonic");
            }
            JsonNode balance = a.path("balance");
            if (!balance.isMissingNode() && !(balance.isIntegralNumber() && balance.bigIntegerValue().signum() >= 0)) {
                throw new ProjectException(where + ": balance is a whole number of micro-STX, not " + balance.asText());
            }
            String derivation = a.path("derivation").asText(AccountKeys.DEFAULT_DERIVATION);
            StandardPrincipalValue address;
            try {
                Mnemonic.check(a.path("mnemonic").asText());
                address = AccountKeys.address(a.path("mnemonic").asText(), derivation);
            } catch (IllegalArgumentException ex) {
                throw new ProjectException(where + ": " + ex.getMessage());
            }
            out.put(name, new Account(name, address, balance.isMissingNode() ? BigInteger.ZERO : balance.bigIntegerValue()));
        }
        if (!out.containsKey("deployer")) {
            throw new ProjectException("settings/" + devnet.getFileName() + ": no [accounts.deployer] (the account that deploys the contracts)");
        }
        return out;
    }

    /** Contract files of contracts/ that the manifest does not list (Clarinet does not deploy them). */
    private static List<String> unlisted(Path root, List<Contract> contracts) {
        Path dir = root.resolve("contracts");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> listed = contracts.stream().map(Contract::path).toList();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".clar") && !listed.contains(f.normalize()))
                    .sorted()
                    .map(f -> "contracts/" + f.getFileName() + " is not listed in " + MANIFEST + ", so it is not deployed")
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
