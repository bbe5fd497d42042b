package io.clarity.natives;

import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.Bytes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The hashes of the boot contracts that {@code contract-hash?} sees. The simulated chain users test
 * on (clarinet-sdk's simnet, which the oracle runs) boots pox, costs, bns, signers and the others
 * at both the mainnet and the testnet boot addresses, so {@code contract-hash?} answers
 * {@code (ok hash)} for them although this interpreter does not run their code; the hashes were
 * read off the oracle (resource {@code boot-contract-hashes.txt}).
 */
final class BootContracts {

    private static final String RESOURCE = "boot-contract-hashes.txt";

    /** Loaded on first use: only {@code contract-hash?} of a missing contract needs them. */
    private static final class Table {
        static final Map<String, Bytes> HASHES = load();
    }

    private BootContracts() {
    }

    /** The hash of boot contract {@code id}, or null when {@code id} is no boot contract. */
    static Bytes hash(ContractPrincipalValue id) {
        return Table.HASHES.get(id.address());
    }

    private static Map<String, Bytes> load() {
        Map<String, Bytes> hashes = new HashMap<>();
        try (InputStream in = BootContracts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.strip().split(" ");
                hashes.put(cols[0] + "." + cols[1], Bytes.fromHex(cols[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(hashes);
    }
}
