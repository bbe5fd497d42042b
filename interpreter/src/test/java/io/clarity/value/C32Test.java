package io.clarity.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.chain.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** c32check addresses both ways, with checksums. */
class C32Test {

    @ParameterizedTest(name = "{0} has version {1}")
    @CsvSource({
        "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM, 26",
        "STNHKEPYEPJ8ET55ZZ0M5A34J0R3N5FM2CMMMAZ6, 26",
        "SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7, 22",
        "SM2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQVX8X0G, 20",
        "ST000000000000000000002AMW42H, 26",
        "SP000000000000000000002Q6VF78, 22",
    })
    void roundTrips(String address, int version) {
        StandardPrincipalValue p = StandardPrincipalValue.parse(address);
        assertThat(p).isNotNull();
        assertThat(p.version()).isEqualTo(version);
        assertThat(p.address()).isEqualTo(address);
        assertThat(new StandardPrincipalValue(version, p.hash()).address()).as("made from the hash").isEqualTo(address);
    }

    @Test
    void theStandardAccountsDecodedUncheckedHaveValidChecksums() {
        // Accounts decodes its built-in addresses without the checksum: here it is verified
        Accounts.standard().forEach((name, p) -> {
            StandardPrincipalValue checked = StandardPrincipalValue.parse(p.address());
            assertThat(checked).as(name).isEqualTo(p);
            assertThat(new StandardPrincipalValue(p.version(), p.hash()).address()).as(name).isEqualTo(p.address());
        });
        assertThat(Accounts.deployer()).isEqualTo(Accounts.standard().get("deployer"));
        // the burn addresses of Blocks, decoded so too
        for (String burn : new String[] {"ST000000000000000000002AMW42H", "SP000000000000000000002Q6VF78"}) {
            assertThat(StandardPrincipalValue.known(burn)).isEqualTo(StandardPrincipalValue.parse(burn));
            assertThat(StandardPrincipalValue.known(burn).address()).isEqualTo(burn);
        }
    }

    @ParameterizedTest(name = "{0} is not an address")
    @CsvSource({
        "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGN",
        "ST0128HK8HAPCXW8K6NBQK6XXVZG04926EGE48T7",
        "S162RK3CHJPCSSK6BM757FW",
        "SX",
        "AT1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM",
    })
    void rejectsBadAddresses(String address) {
        assertThat(StandardPrincipalValue.parse(address)).isNull();
    }

    @Test
    void theSameHashUnderAnotherVersionIsAnotherAddress() {
        StandardPrincipalValue testnet = StandardPrincipalValue.of("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM");
        StandardPrincipalValue mainnet = new StandardPrincipalValue(22, testnet.hash());
        assertThat(mainnet.address()).isEqualTo("SP1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRCBGD7R");
    }
}
