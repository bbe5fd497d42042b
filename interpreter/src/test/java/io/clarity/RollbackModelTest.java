package io.clarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.clarity.error.ClarityError;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.ErrValue;
import io.clarity.value.OkValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The rollback model: seeded random transactions (public calls with random arguments and
 * senders, STX transfers, mints) on contracts written for it, whose functions fail in every way
 * after writing. A transaction that fails, at run time or with an {@code (err ..)}, must leave
 * the whole chain as it was: its canonical encoding ({@link Simnet#serialize}: data vars, maps,
 * STX, token balances, supplies and owners, contracts, blocks, the history at-block reads; the
 * same state always gives the same bytes) after it equals that of a copy taken before it that
 * added its block with a call that does nothing (a failed transaction still takes its block, as
 * on the real VM); a failure names both by a digest. A transaction that succeeds must do what a plain
 * Java model of balances, supplies, owners and entries says. The seed is printed; run another
 * with {@code -Dclarity.rollbackSeed=N} (and more with {@code -Dclarity.rollbackTransactions=N}).
 */
class RollbackModelTest {

    private static final long DEFAULT_SEED = 20261207L;
    private static final int DEFAULT_TRANSACTIONS = 2_000;
    private static final BigInteger CAP = BigInteger.valueOf(1_000_000);
    private static final List<String> SENDERS = List.of("deployer", "wallet_1", "wallet_2", "wallet_3", "wallet_4");

    private final Simnet simnet = new Simnet();
    private final Model model = new Model();
    private Random random;

    @Test
    void failedTransactionsChangeNothingAndTheOthersDoWhatTheModelSays() {
        long seed = Long.getLong("clarity.rollbackSeed", DEFAULT_SEED);
        int transactions = Integer.getInteger("clarity.rollbackTransactions", DEFAULT_TRANSACTIONS);
        System.out.println("RollbackModelTest: seed " + seed + " (-Dclarity.rollbackSeed), " + transactions
                + " transactions");
        random = new Random(seed);
        for (String name : List.of("token", "registry", "badge", "router")) {
            simnet.deploy(name, resource(name + ".clar"));
        }
        for (String name : SENDERS) {
            model.stx.put(simnet.account(name), simnet.stxBalance(name).toBigInteger());
        }
        model.stx.put(contract("router"), BigInteger.ZERO);
        Map<String, Integer> failures = new TreeMap<>();
        Map<String, Integer> successes = new TreeMap<>();
        for (int i = 0; i < transactions; i++) {
            StandardPrincipalValue who = simnet.account(SENDERS.get(random.nextInt(SENDERS.size())));
            Step step = nextStep(who);
            Simnet control = simnet.copy();
            control.callPublic("router", "noop", List.of(), "deployer");
            String outcome;
            try {
                Value result = step.run().get();
                outcome = result instanceof ErrValue ? "err" : "ok";
                assertThat(result).as("#%d %s", i, step.label()).isInstanceOfAny(OkValue.class, ErrValue.class);
            } catch (ClarityError e) {
                outcome = e.kind().category() + " " + e.kind().name();
            }
            if (outcome.equals("ok")) {
                step.model().run();
                successes.merge(step.label(), 1, Integer::sum);
                model.check(i, step.label());
            } else {
                failures.merge(step.label() + " " + outcome, 1, Integer::sum);
                byte[] after = simnet.serialize();
                byte[] expected = control.serialize();
                if (!Arrays.equals(after, expected)) {
                    fail("seed %d, transaction #%d: %s %s as %s failed (%s) but changed the chain: digest %s, expected %s",
                            seed, i, step.label(), step.args(), who, outcome, digest(after), digest(expected));
                }
            }
        }
        System.out.println("RollbackModelTest: succeeded " + successes + "; failed " + failures);
        if (seed != DEFAULT_SEED) {
            return;
        }
        // the build's run tries every kind of failure and success, so that it checks what it says it checks
        assertThat(failures.keySet()).contains("register err", "bump err", "bump RUNTIME ArithmeticOverflow",
                "divide RUNTIME DivisionByZero", "release err", "take RUNTIME UnwrapFailure", "claim err", "give err",
                "mint err", "mint RUNTIME SupplyOverflow", "transfer err", "stx err", "buy err", "buy RUNTIME SupplyOverflow",
                "refund err");
        assertThat(successes.keySet()).contains("register", "bump", "divide", "release", "take", "claim", "give", "mint",
                "transfer", "stx", "buy", "try-mint", "refund");
    }

    /** A transaction: how it runs, what the model does when it succeeds. */
    private record Step(String label, List<Value> args, Supplier<Value> run, Runnable model) {
    }

    /** A random transaction of {@code who}. */
    private Step nextStep(StandardPrincipalValue who) {
        PrincipalValue to = simnet.account(SENDERS.get(random.nextInt(SENDERS.size())));
        UIntValue amount = amount();
        UIntValue name = UIntValue.of(random.nextInt(12));
        BigInteger a = amount.toBigInteger();
        return switch (random.nextInt(13)) {
            case 0 -> call(who, "token", "mint", List.of(amount, to), () -> model.mint(to, a));
            case 1 -> call(who, "token", "transfer", List.of(amount, to), () -> {
                model.token.merge(who, a.negate(), BigInteger::add);
                model.token.merge(to, a, BigInteger::add);
                model.count("token.transfers");
            });
            case 2 -> call(who, "registry", "register", List.of(name, amount), () -> {
                model.registry.put(name, entry(who, a));
                model.count("registry.count");
            });
            case 3 -> call(who, "registry", "bump", List.of(name, amount), () -> {
                model.registry.put(name, entry(who, model.score(name).add(a)));
                model.count("registry.count");
            });
            case 4 -> call(who, "registry", "divide", List.of(name, amount),
                    () -> model.registry.put(name, entry(model.owner(name), model.score(name).divide(a))));
            case 5 -> call(who, "registry", "release", List.of(name), () -> model.registry.remove(name));
            case 6 -> call(who, "registry", "take", List.of(name), () -> model.count("registry.count"));
            case 7 -> call(who, "badge", "claim", List.of(name), () -> {
                model.badges.put(name, who);
                model.count("badge.claims");
            });
            case 8 -> call(who, "badge", "give", List.of(name, to), () -> {
                model.badges.put(name, to);
                model.count("badge.claims");
            });
            case 9 -> new Step("stx", List.of(amount, to), () -> simnet.transferStx(amount, to, who).result(),
                    () -> model.moveStx(who, to, a));
            case 10 -> call(who, "router", "buy", List.of(amount, name, amount), () -> {
                model.count("router.calls");
                model.moveStx(who, contract("router"), BigInteger.TEN);
                model.mint(who, a);
                model.registry.put(name, entry(who, a));
                model.count("registry.count");
            });
            case 11 -> call(who, "router", "try-mint", List.of(amount), () -> {
                model.count("router.calls");
                // the nested mint fails alone, without the call that made it
                if (a.signum() > 0 && model.supply().add(a).compareTo(CAP) <= 0) {
                    model.mint(who, a);
                }
            });
            default -> call(who, "router", "refund", List.of(amount), () -> {
                model.count("router.calls");
                model.moveStx(contract("router"), who, a);
            });
        };
    }

    private Step call(StandardPrincipalValue who, String contract, String function, List<Value> args, Runnable modelled) {
        return new Step(function, args, () -> simnet.callPublic(contract(contract), function, args, who).result(),
                modelled);
    }

    /** Mostly small amounts, some around the balances and the cap, a few at the edge of u128. */
    private UIntValue amount() {
        return switch (random.nextInt(6)) {
            case 0 -> UIntValue.ZERO;
            case 1, 2 -> UIntValue.of(random.nextInt(100));
            case 3 -> UIntValue.of(random.nextInt(1_200_000));
            case 4 -> UIntValue.of(100_000_000_000_000L + random.nextInt(3) - 1);
            default -> UIntValue.of(UIntValue.MAX.subtract(BigInteger.valueOf(random.nextInt(3))));
        };
    }

    private static String entry(PrincipalValue owner, BigInteger score) {
        return "(some { owner: " + owner + ", score: u" + score + " })";
    }

    private ContractPrincipalValue contract(String name) {
        return simnet.contractId(name);
    }

    /** What the contracts and the accounts hold, as the transactions that succeeded leave them. */
    private final class Model {
        final Map<PrincipalValue, BigInteger> stx = new HashMap<>();
        final Map<PrincipalValue, BigInteger> token = new HashMap<>();
        final Map<UIntValue, String> registry = new HashMap<>();
        final Map<UIntValue, PrincipalValue> badges = new HashMap<>();
        final Map<String, BigInteger> vars = new TreeMap<>(Map.of("token.mints", BigInteger.ZERO, "token.transfers",
                BigInteger.ZERO, "registry.count", BigInteger.ZERO, "badge.claims", BigInteger.ZERO, "router.calls",
                BigInteger.ZERO));

        void mint(PrincipalValue to, BigInteger amount) {
            token.merge(to, amount, BigInteger::add);
            count("token.mints");
        }

        void count(String var) {
            vars.merge(var, BigInteger.ONE, BigInteger::add);
        }

        void moveStx(PrincipalValue from, PrincipalValue to, BigInteger amount) {
            stx.merge(from, amount.negate(), BigInteger::add);
            stx.merge(to, amount, BigInteger::add);
        }

        BigInteger supply() {
            return token.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        }

        BigInteger score(UIntValue name) {
            String e = registry.get(name);
            return new BigInteger(e.substring(e.lastIndexOf(" u") + 2, e.length() - 3));
        }

        PrincipalValue owner(UIntValue name) {
            String e = registry.get(name);
            return simnet.principal(e.substring(e.indexOf("owner: ") + 8, e.indexOf(',')));
        }

        /** The chain against the model, after transaction {@code i} succeeded. */
        void check(int i, String label) {
            String what = "after #" + i + " " + label;
            for (Map.Entry<PrincipalValue, BigInteger> e : stx.entrySet()) {
                assertThat(simnet.stxBalance(e.getKey()).toBigInteger()).as("%s: STX of %s", what, e.getKey())
                        .isEqualTo(e.getValue());
            }
            Map<String, BigInteger> tokens = simnet.getAssetsMap().getOrDefault(".token.tok", Map.of());
            for (Map.Entry<PrincipalValue, BigInteger> e : token.entrySet()) {
                assertThat(tokens.getOrDefault(e.getKey().address(), BigInteger.ZERO)).as("%s: tok of %s", what, e.getKey())
                        .isEqualTo(e.getValue());
            }
            assertThat(simnet.contract(contract("token")).storage().ftSupply("tok").toBigInteger()).as("%s: supply", what)
                    .isEqualTo(supply());
            for (int n = 0; n < 12; n++) {
                UIntValue name = UIntValue.of(n);
                Value actual = simnet.getMapEntry("registry", "names", Cl.tuple(Map.of("name", name)));
                assertThat(actual.toString()).as("%s: registry u%d", what, n)
                        .isEqualTo(registry.getOrDefault(name, "none"));
                PrincipalValue owner = simnet.contract(contract("badge")).storage().nftOwner("badge", name);
                assertThat(owner).as("%s: badge u%d", what, n).isEqualTo(badges.get(name));
            }
            for (Map.Entry<String, BigInteger> v : vars.entrySet()) {
                String[] cv = v.getKey().split("\\.");
                assertThat(((UIntValue) simnet.getDataVar(cv[0], cv[1])).toBigInteger()).as("%s: %s", what, v.getKey())
                        .isEqualTo(v.getValue());
            }
        }
    }

    /** A short name for a whole chain's state, for the failure message. */
    private static String digest(byte[] chain) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(chain), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = RollbackModelTest.class.getResourceAsStream("/rollback-model/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
