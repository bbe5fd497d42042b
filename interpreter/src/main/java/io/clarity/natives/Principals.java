package io.clarity.natives;

import io.clarity.ast.Expr;
import io.clarity.chain.DeployedContract;
import io.clarity.eval.CallContext;
import io.clarity.eval.Evaluator;
import io.clarity.eval.Locals;
import io.clarity.value.AsciiStringValue;
import io.clarity.value.BoolValue;
import io.clarity.value.BufferValue;
import io.clarity.value.Bytes;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.ErrValue;
import io.clarity.value.NoneValue;
import io.clarity.value.OkValue;
import io.clarity.value.OptionalValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.SomeValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.TupleValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import io.clarity.vocabulary.NativeFunction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The natives of principals: network checks, construction, destruction, the address of a public
 * key and the hash of a contract's code. The simulated chain is a testnet (chain id
 * {@code 0x80000000}), so the versions of this network are 26 ({@code ST}, single-signature)
 * and 21 ({@code SN}, multi-signature); mainnet's {@code SP} and {@code SM}, and the versions of
 * neither network, are foreign.
 */
final class Principals {

    private static final int TESTNET_SINGLE_SIG = 26;
    private static final int TESTNET_MULTI_SIG = 21;
    /** c32check encodes a version in one character, so versions stop below 32. */
    private static final int VERSION_LIMIT = 32;
    private static final int HASH_SIZE = 20;
    private static final int PUBLIC_KEY_SIZE = 33;
    /** The name the reference accepts beside ordinary contract names, for its transient contract. */
    private static final String TRANSIENT_NAME = "__transient";

    /** {@code principal-construct?}'s error codes. */
    private static final UIntValue WRONG_NETWORK = UIntValue.ZERO;
    private static final UIntValue BAD_VERSION_OR_HASH = UIntValue.ONE;
    private static final UIntValue BAD_CONTRACT_NAME = UIntValue.of(2);

    private static final ErrValue NOT_A_CONTRACT = new ErrValue(UIntValue.ONE);
    private static final ErrValue NO_SUCH_CONTRACT = new ErrValue(UIntValue.of(2));
    private static final ErrValue INVALID_PUBLIC_KEY = new ErrValue(UIntValue.ONE);

    private Principals() {
    }

    /** {@code is-standard}: whether the principal (or a contract's issuer) belongs to this network. */
    static Value isStandard(Value p) {
        return BoolValue.of(isThisNetwork(issuer((PrincipalValue) p).version()));
    }

    /**
     * {@code principal-destruct?}: {@code {hash-bytes, name, version}}, in {@code ok} for a
     * principal of this network and in {@code err} otherwise.
     */
    static Value principalDestruct(Value p) {
        StandardPrincipalValue issuer = issuer((PrincipalValue) p);
        OptionalValue name = p instanceof ContractPrincipalValue c
                ? new SomeValue(new AsciiStringValue(c.name())) : NoneValue.INSTANCE;
        TupleValue parts = TupleValue.of(
                "hash-bytes", new BufferValue(issuer.hash()),
                "name", name,
                "version", BufferValue.of((byte) issuer.version()));
        return isThisNetwork(issuer.version()) ? new OkValue(parts) : new ErrValue(parts);
    }

    /**
     * {@code principal-construct?}: checks the version and hash lengths ({@code u1}), then the
     * contract name ({@code u2}), and only then the network: a well-formed principal of another
     * network comes back as {@code (err {error_code: u0, value: (some p)})}.
     */
    static Value principalConstruct(List<Expr> args, CallContext ctx, Locals locals) {
        Arity.check(2, 3, args.size());
        ctx.exec().costs().charge(NativeFunction.PRINCIPAL_CONSTRUCT);
        Bytes version = ((BufferValue) Evaluator.evalBorrowed(args.get(0), ctx, locals)).bytes();
        Bytes hash = ((BufferValue) Evaluator.evalBorrowed(args.get(1), ctx, locals)).bytes();
        Value nameValue = args.size() > 2 ? Evaluator.evalBorrowed(args.get(2), ctx, locals) : null;
        // a (buff 1) or (buff 20) argument may be shorter; only the exact sizes make an address
        if (version.length() == 0 || (version.get(0) & 0xff) >= VERSION_LIMIT || hash.length() < HASH_SIZE) {
            return constructError(BAD_VERSION_OR_HASH, NoneValue.INSTANCE);
        }
        int v = version.get(0);
        StandardPrincipalValue standard = new StandardPrincipalValue(v, hash);
        PrincipalValue principal = standard;
        if (nameValue != null) {
            Evaluator.chargeCopy(args.get(2), nameValue, ctx);
            String name = ((AsciiStringValue) nameValue).value();
            if (!name.equals(TRANSIENT_NAME) && !ContractPrincipalValue.isValidName(name)) {
                return constructError(BAD_CONTRACT_NAME, NoneValue.INSTANCE);
            }
            principal = new ContractPrincipalValue(standard, name);
        }
        return isThisNetwork(v) ? new OkValue(principal) : constructError(WRONG_NETWORK, new SomeValue(principal));
    }

    /**
     * {@code principal-of?}: the single-signature address of a compressed secp256k1 public key,
     * or {@code (err u1)} for bytes that are not one. Clarity 1 always derives a testnet address
     * (a bug the reference keeps for Clarity 1 contracts) where later versions use the network's
     * version; on this testnet both give {@code ST} addresses.
     */
    static Value principalOf(Value key) {
        byte[] data = Crypto.exactly(PUBLIC_KEY_SIZE, key);
        if (Ecdsa.decompress(Ecdsa.Curve.SECP256K1, data) == null) {
            return INVALID_PUBLIC_KEY;
        }
        return new OkValue(new StandardPrincipalValue(TESTNET_SINGLE_SIG, Bytes.wrap(Hashes.hash160(data))));
    }

    /**
     * {@code contract-hash?}: the SHA-512/256 of the contract's source as it was deployed,
     * {@code (err u1)} for a standard principal (which costs nothing), the recorded hash for a boot
     * contract ({@link BootContracts}), {@code (err u2)} for a contract that does not exist (which includes one that is still being deployed, and inside
     * at-block one deployed after the block read at).
     */
    static Value contractHash(List<Expr> args, CallContext ctx, Locals locals) {
        Value p = Evaluator.evalBorrowed(args.get(0), ctx, locals);
        if (!(p instanceof ContractPrincipalValue id)) {
            return NOT_A_CONTRACT;
        }
        ctx.exec().costs().charge(NativeFunction.CONTRACT_HASH);
        // clarinet-sdk's simnet reads the hash as versioned data: inside at-block, (err u2) for a contract deployed later
        DeployedContract contract = ctx.exec().state().deployedAsOfBlock(id) ? ctx.exec().state().contract(id) : null;
        if (contract == null) {
            Bytes boot = BootContracts.hash(id);
            return boot == null ? NO_SUCH_CONTRACT : new OkValue(new BufferValue(boot));
        }
        byte[] source = contract.source().getBytes(StandardCharsets.UTF_8);
        return new OkValue(new BufferValue(Bytes.wrap(Hashes.sha512256(source))));
    }

    private static boolean isThisNetwork(int version) {
        return version == TESTNET_SINGLE_SIG || version == TESTNET_MULTI_SIG;
    }

    private static StandardPrincipalValue issuer(PrincipalValue p) {
        return p instanceof ContractPrincipalValue c ? c.issuer() : (StandardPrincipalValue) p;
    }

    private static ErrValue constructError(UIntValue code, OptionalValue value) {
        return new ErrValue(TupleValue.of("error_code", code, "value", value));
    }
}
