package io.clarity.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.version.Epoch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every {@code ::} command, with Clarinet console's arguments and answers. */
class ConsoleCommandsTest {

    private static final String TOKEN = """
            (define-constant owner tx-sender)
            (define-constant max-supply u1000)
            (define-data-var minted uint u0)
            (define-map notes { id: uint } (string-ascii 10))
            (define-fungible-token gold max-supply)
            (define-non-fungible-token badge uint)
            (define-public (mint (n uint))
              (begin (var-set minted (+ (var-get minted) n)) (map-set notes { id: n } "minted")
                     (try! (nft-mint? badge n tx-sender)) (ft-mint? gold n tx-sender)))
            """;

    @TempDir
    Path dir;

    private ReplHarness withToken() throws IOException {
        return new ReplHarness(dir, null, List.of(Files.writeString(dir.resolve("token.clar"), TOKEN)));
    }

    @Test
    void helpListsEveryCommandWithItsArguments() {
        String help = new ReplHarness(dir).type("::help");
        for (String c : new String[] {"::functions", "::keywords", "::describe <function> | <keyword>", "::toggle_timings",
            "::mint_stx <principal> <amount>", "::mint_ft <contract>.<token> <principal> <amount>",
            "::set_tx_sender <principal>", "::get_assets_maps", "::get_contracts", "::get_block_height",
            "::get_stacks_block_height", "::get_burn_block_height", "::advance_chain_tip <count>",
            "::advance_stacks_chain_tip <count>", "::advance_burn_chain_tip <count>", "::set_epoch <epoch>",
            "::get_epoch", "::trace <expr>", "::reload", "::read <filename>", "::encode <expr>", "::decode <bytes>",
            "::get_constant <contract> <constant>", "::get_data_var <contract> <var>", "::get_map <contract> <map>",
            "::get_map_val <contract> <map> <key>", "::get_costs <expr>", "::toggle_costs", "::quit",
            "::explain [<error kind>]"}) {
            assertThat(help).contains(c);
        }
        assertThat(help).contains("::debug <expr>", "::break <contract>:<line> | <function>", "::watch <var> | <contract>.<map>");
    }

    @Test
    void getCostsShowsTheCostsTableThenTheResult() throws IOException {
        ReplHarness repl = withToken();
        String out = repl.type("::get_costs (contract-call? .token mint u5)");
        assertThat(out).contains("|                      | Consumed | Limit      | Percentage |")
                .contains("| Runtime              |").contains("| 5000000000 |")
                .contains("| Read count           |").contains("| Read length (bytes)  |")
                .contains("| Write count          |").contains("| Write length (bytes) |")
                .contains(" %     |").endsWith("(ok true)\n");
        assertThat(repl.type("::get_costs")).contains("Usage: ::get_costs <expr>");
        assertThat(repl.type("::get_costs (+ 1 u1)")).contains("error[TypeError]");
    }

    @Test
    void toggleCostsShowsTheTableAfterEveryExpression() {
        ReplHarness repl = new ReplHarness(dir);
        assertThat(repl.type("::toggle_costs")).isEqualTo("Always show costs: true\n");
        assertThat(repl.type("(+ 1 2)")).contains("| Runtime ").endsWith("3\n");
        assertThat(repl.type("::toggle_costs")).isEqualTo("Always show costs: false\n");
        assertThat(repl.type("(+ 1 2)")).isEqualTo("3\n");
    }

    @Test
    void unknownCommandsAreAnsweredWithTheNearestOne() {
        ReplHarness repl = new ReplHarness(dir);
        assertThat(repl.type("::get_contract")).isEqualTo("error: Invalid command ::get_contract. Did you mean ::get_contracts? Try ::help\n");
        assertThat(repl.type("::frobnicate")).isEqualTo("error: Invalid command ::frobnicate. Try ::help\n");
        assertThat(repl.type(":get_epoch")).as("one colon works too").isEqualTo("Current epoch: 3.2\n");
        assertThat(repl.type("::debug")).isEqualTo("error: Usage: ::debug <expr>\n");
        assertThat(repl.type("::perf (+ 1 2)")).contains("Total: runtime=").endsWith("3\n");
    }

    @Test
    void functionsKeywordsAndDescribeUseTheBundledDocsOfTheSessionsVersion() {
        ReplHarness repl = new ReplHarness(dir);
        assertThat(repl.type("::functions").lines().toList()).contains("+", "contract-call?", "stx-transfer?", "define-public")
                .doesNotContain("block-height");
        assertThat(repl.type("::keywords").lines().toList()).contains("tx-sender", "stacks-block-height").doesNotContain("block-height");
        assertThat(repl.type("::describe stx-transfer?")).startsWith("stx-transfer? (function, Clarity 1 and later)\n\nUsage\n")
                .contains("Examples");
        assertThat(repl.type("::describe block-height"))
                .startsWith("block-height does not exist in Clarity 3 (the version of epoch 3.2); it exists in Clarity 1 to 2.\n");
        assertThat(repl.type("::describe stx-transfr?")).isEqualTo(
                "error: It looks like there aren't matches for your search: did you mean stx-transfer??\n");
        assertThat(repl.type("::describe zzzzzzzzzzzzz")).isEqualTo("error: It looks like there aren't matches for your search\n");
    }

    @Test
    void explainShowsAnErrorKindsEntryAndSuggestsNamesForATypo() {
        ReplHarness repl = new ReplHarness(dir);
        assertThat(repl.type("::explain divisionbyzero")).startsWith("DivisionByZero (runtime error: ")
                .contains("How to fix it").contains("!! runtime error: DivisionByZero");
        assertThat(repl.type("::explain DivisionByZer")).startsWith("error: no error kind named 'DivisionByZer'; did you mean DivisionByZero?");
        assertThat(repl.type("::explain")).contains("call error: the call was refused before it ran\n  NoSuchContract");
    }

    @Test
    void heightsAndChainTips() {
        ReplHarness repl = new ReplHarness(dir);
        assertThat(repl.type("::get_block_height")).isEqualTo("Current height: 1\n");
        assertThat(repl.type("::advance_chain_tip 3")).isEqualTo("new burn height: 1\nnew stacks height: 4\n");
        assertThat(repl.type("::advance_stacks_chain_tip")).isEqualTo("new burn height: 1\nnew stacks height: 5\n");
        assertThat(repl.type("::advance_burn_chain_tip 2")).isEqualTo("new burn height: 3\nnew stacks height: 7\n");
        assertThat(repl.type("::get_stacks_block_height")).isEqualTo("Current height: 7\n");
        assertThat(repl.type("::get_burn_block_height")).isEqualTo("Current height: 3\n");
        assertThat(repl.type("stacks-block-height")).isEqualTo("u7\n");
        assertThat(repl.type("::advance_chain_tip lots")).startsWith("error: Unable to parse count");
    }

    @Test
    void beforeEpoch3TheChainTipIsABurnBlockAndStacksBlocksAloneDoNotExist() {
        ReplHarness repl = new ReplHarness(dir);
        ReplHarness old = new ReplHarness(dir, Epoch.E2_1, null, List.of());
        assertThat(old.type("::get_epoch")).isEqualTo("Current epoch: 2.1\n");
        assertThat(old.type("::advance_chain_tip 2")).isEqualTo("new burn height: 2\nnew stacks height: 2\n");
        assertThat(old.type("::advance_stacks_chain_tip 1")).isEqualTo("error: advance_stacks_chain_tip can't be called in epoch lower than 3.0\n");
        assertThat(old.type("::set_epoch 3.0")).isEqualTo("Epoch updated to: 3.0 (snippets now run as Clarity 3)\n");
        assertThat(old.type("::get_block_height")).isEqualTo("Current height: 3\n");
        assertThat(old.type("::set_epoch 2.5")).startsWith("error: epochs only move forward");
        assertThat(old.type("::set_epoch 4.0")).startsWith("error: Usage: ::set_epoch 2.0 | 2.05");
        assertThat(repl.type("::get_epoch")).isEqualTo("Current epoch: 3.2\n");
    }

    @Test
    void mintingAndTheAssetsMap() throws IOException {
        ReplHarness repl = withToken();
        assertThat(repl.type("::mint_stx wallet_1 500")).isEqualTo("\u2192 ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5: 100000000000500 \u00b5STX\n");
        assertThat(repl.type("::mint_stx 'ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG u1")).endsWith(": 100000000000001 \u00b5STX\n");
        assertThat(repl.type("::mint_ft .token.gold wallet_2 40")).isEqualTo(
                "\u2192 ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG: 40 ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.token::gold\n");
        assertThat(repl.type("::mint_ft token.gold wallet_2 2000")).startsWith("error: minting u2000 would exceed the total supply");
        assertThat(repl.type("::mint_ft token.silver wallet_2 1")).startsWith("error: no fungible token silver");
        assertThat(repl.type("::mint_stx wallet_1 0")).startsWith("error: Unable to parse the amount");
        assertThat(repl.type("::mint_stx wallet_1")).isEqualTo("error: Usage: ::mint_stx <principal> <amount>\n");
        repl.type("(contract-call? .token mint u7)");
        String assets = repl.type("::get_assets_maps");
        assertThat(assets).contains("| Address ").contains("| uSTX ").contains("| .token.badge | .token.gold |")
                .contains("| ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM (deployer) | 100000000000000 | 1            | 7           |")
                .contains("| ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG (wallet_2) | 100000000000001 | 0            | 40          |");
    }

    @Test
    void contractStateCanBeInspected() throws IOException {
        ReplHarness repl = withToken();
        repl.type("(contract-call? .token mint u7)");
        repl.type("(contract-call? .token mint u3)");
        assertThat(repl.type("::get_contracts")).contains("| ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.token | (mint (n uint))  |");
        assertThat(repl.type("::get_constant token owner")).isEqualTo("'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM\n");
        assertThat(repl.type("::get_constant .token max-supply")).isEqualTo("u1000\n");
        assertThat(repl.type("::get_constant token nope")).startsWith("error: Constant nope not found in contract");
        assertThat(repl.type("::get_data_var token minted")).isEqualTo("u10\n");
        assertThat(repl.type("::get_data_var ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.token nope")).startsWith("error: Data var nope not found");
        assertThat(repl.type("::get_map token notes")).isEqualTo("{ id: u3 } => \"minted\"\n{ id: u7 } => \"minted\"\n");
        assertThat(repl.type("::get_map token nope")).startsWith("error: Map nope not found");
        assertThat(repl.type("::get_map_val token notes { id: u7 }")).isEqualTo("(some \"minted\")\n");
        assertThat(repl.type("::get_map_val token notes { id: u8 }")).isEqualTo("none\n");
        assertThat(repl.type("::get_data_var nobody minted")).startsWith("error: Contract not found: ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.nobody");
        assertThat(repl.type("::get_data_var token")).isEqualTo("error: Usage: ::get_data_var <contract> <var>\n");
        repl.type("(define-public (noop) (ok true))");
        assertThat(repl.type("::get_map contract-1 notes")).startsWith("error: Map notes not found");
    }

    @Test
    void aMapKeyMayNameAnAccountAsSetTxSenderDoes() {
        ReplHarness repl = new ReplHarness(dir);
        repl.type("(define-map by-owner principal uint) (define-map by-pair { owner: principal, n: uint } bool)"
                + " (define-public (put) (begin (map-set by-owner tx-sender u7) (ok (map-set by-pair { owner: tx-sender, n: u1 } true))))");
        repl.type("::set_tx_sender wallet_1");
        repl.type("(contract-call? 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.contract-0 put)");
        String[][] keys = {
            {"by-owner wallet_1", "(some u7)"},
            {"by-owner 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5", "(some u7)"},
            {"by-pair { owner: wallet_1, n: u1 }", "(some true)"},
            {"by-owner deployer", "none"},
            // an expression is still evaluated
            {"by-pair (tuple (owner tx-sender) (n (+ u0 u1)))", "(some true)"},
        };
        for (String[] k : keys) {
            assertThat(repl.type("::get_map_val contract-0 " + k[0])).as(k[0]).isEqualTo(k[1] + "\n");
        }
    }

    @Test
    void encodeAndDecodeUseTheConsensusFormat() {
        ReplHarness repl = new ReplHarness(dir);
        // the real VM's ::encode of this value (ecosystem notes, verified)
        assertThat(repl.type("::encode { a: u1 }")).isEqualTo("0c0000000101610100000000000000000000000000000001\n");
        assertThat(repl.type("::encode (ok (list 1 2))")).isEqualTo(
                "070b0000000200000000000000000000000000000000010000000000000000000000000000000002\n");
        assertThat(repl.type("::encode (define-constant k u1)")).isEqualTo("No value\n");
        assertThat(repl.type("::encode (+ 1 u1)")).endsWith("encoding failed\n").startsWith("error[TypeError]");
        assertThat(repl.type("::decode 0c0000000101610100000000000000000000000000000001")).isEqualTo("{ a: u1 }\n");
        // Clarinet's own examples: spaces and a 0x prefix are allowed
        assertThat(repl.type("::decode 0000000000000000 0000000000000000 2a")).isEqualTo("42\n");
        assertThat(repl.type("::decode 0x0c00000002036261720403666f6f0d0000000568656c6c6f")).isEqualTo("{ bar: false, foo: \"hello\" }\n");
        assertThat(repl.type("::decode 42")).startsWith("error: Failed to decode clarity value: ");
        assertThat(repl.type("::decode 0c0")).isEqualTo("error: Parsing error: odd number of hex digits\n");
        assertThat(repl.type("::decode zz")).startsWith("error: Parsing error: ");
    }

    @Test
    void traceDrawsTheCallTreeWithArgumentsEventsAndResults() throws IOException {
        ReplHarness repl = withToken();
        String trace = repl.type("::trace (contract-call? .token mint u5)");
        assertThat(trace).isEqualTo(String.join("\n",
                "(contract-call? .token mint u5)  <console>",
                "\u251c\u2500\u2500 (mint u5)  ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.token",
                "\u2502   \u251c\u2500\u2500 \u2738 nft_mint_event asset=ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.token::badge "
                        + "recipient='ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM value=u5",
                "\u2502   \u251c\u2500\u2500 \u2738 ft_mint_event asset=ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.token::gold amount=u5 "
                        + "recipient='ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM",
                "\u2502   \u2514\u2500\u2500 (ok true)",
                "\u2514\u2500\u2500 (ok true)", ""));
        assertThat(repl.type("::trace (contract-call? .token mint u5)"))
                .as("a failed mint: rolled back").contains("(err u1)  (rolled back)");
        repl.type("(define-private (double (n int)) (* n 2)) (define-read-only (quad (n int)) (double (double n)))");
        assertThat(repl.type("::trace (contract-call? .contract-1 quad 3)")).isEqualTo(String.join("\n",
                "(contract-call? .contract-1 quad 3)  <console>",
                "\u251c\u2500\u2500 (quad 3)  ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.contract-1",
                "\u2502   \u251c\u2500\u2500 (double 3)  contract-1:1:84",
                "\u2502   \u2502   \u2514\u2500\u2500 6",
                "\u2502   \u251c\u2500\u2500 (double 6)  contract-1:1:76",
                "\u2502   \u2502   \u2514\u2500\u2500 12",
                "\u2502   \u2514\u2500\u2500 12",
                "\u2514\u2500\u2500 12", ""));
        assertThat(repl.type("::trace (+ 1 2)")).isEqualTo("(+ 1 2)  <console>\n\u2514\u2500\u2500 3\n");
    }

    @Test
    void readRunsAFileAndReloadStartsAgainFromTheFiles() throws IOException {
        Path token = Files.writeString(dir.resolve("token.clar"), TOKEN);
        ReplHarness repl = new ReplHarness(dir, null, List.of(token));
        Files.writeString(dir.resolve("script.clar"), "(define-read-only (seven) 7)\n(+ 1 2)\n");
        assertThat(repl.type("::read script.clar")).startsWith("3\n\u2192 ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.contract-1 contract successfully stored");
        assertThat(repl.type("::read nope.clar")).startsWith("error: unable to read nope.clar");
        repl.type("(contract-call? .token mint u7)");
        repl.type("::set_tx_sender wallet_3");
        Files.writeString(token, TOKEN + "(define-read-only (version) u2)\n");
        String reloaded = repl.type("::reload");
        assertThat(reloaded).startsWith("Contracts reloaded on a new chain: epoch 3.2, tx-sender ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM (deployer).")
                .contains("(version)").doesNotContain("contract-1");
        assertThat(repl.type("::get_data_var token minted")).isEqualTo("u0\n");
        assertThat(repl.type("(contract-call? .token version)")).isEqualTo("u2\n");
    }

    @Test
    void timingsCanBeShown() {
        ReplHarness repl = new ReplHarness(dir);
        assertThat(repl.type("::toggle_timings")).isEqualTo("Always show timings: true\n");
        assertThat(repl.type("(+ 1 2)")).matches("3\nexecution time: [0-9.]+ ms\n");
        assertThat(repl.type("::toggle_timings")).isEqualTo("Always show timings: false\n");
        assertThat(repl.type("(+ 1 2)")).isEqualTo("3\n");
    }
}
