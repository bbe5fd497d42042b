package io.clarity.natives;

import io.clarity.ast.Expr;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.eval.CallContext;
import io.clarity.eval.Evaluator;
import io.clarity.eval.Locals;
import io.clarity.value.BoolValue;
import io.clarity.value.BufferValue;
import io.clarity.value.Bytes;
import io.clarity.value.ErrValue;
import io.clarity.value.OkValue;
import io.clarity.value.Types;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import io.clarity.version.ClarityVersion;
import io.clarity.vocabulary.NativeFunction;
import java.util.List;

/**
 * The natives of hashes and signatures. The hashes are simple natives. The three signature
 * checks are special forms, as in the reference: each argument is evaluated and checked before
 * the next one is evaluated, so a hash of the wrong length fails before the signature expression
 * runs, and a signature of the wrong length answers before the public key expression does.
 */
final class Crypto {

    private static final int HASH_SIZE = 32;
    private static final int PUBLIC_KEY_SIZE = 33;
    private static final int COMPACT_SIGNATURE_SIZE = 64;
    private static final int RECOVERABLE_SIGNATURE_SIZE = 65;
    private static final int MAX_RECOVERY_ID = 3;

    private static final ErrValue RECOVERY_FAILED = new ErrValue(UIntValue.ONE);
    private static final ErrValue BAD_SIGNATURE = new ErrValue(UIntValue.of(2));

    private Crypto() {
    }

    static Value hash160(Value v) {
        return buffer(Hashes.hash160(Hashes.input(v)));
    }

    static Value sha256(Value v) {
        return buffer(Hashes.sha256(Hashes.input(v)));
    }

    static Value sha512(Value v) {
        return buffer(Hashes.sha512(Hashes.input(v)));
    }

    static Value sha512256(Value v) {
        return buffer(Hashes.sha512256(Hashes.input(v)));
    }

    static Value keccak256(Value v) {
        return buffer(Hashes.keccak256(Hashes.input(v)));
    }

    /**
     * {@code (secp256k1-recover? hash signature)}: the compressed public key, {@code (err u2)} for
     * a signature shorter than 65 bytes or a recovery id above 3, {@code (err u1)} when no key
     * can be recovered.
     */
    static Value secp256k1Recover(NativeFunction f, List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(f);
        byte[] hash = exactly(HASH_SIZE, args.get(0), ctx, locals);
        byte[] signature = bytes(Evaluator.evalBorrowed(args.get(1), ctx, locals));
        if (signature.length < RECOVERABLE_SIGNATURE_SIZE || recoveryId(signature) > MAX_RECOVERY_ID) {
            return BAD_SIGNATURE;
        }
        byte[] key = Ecdsa.recover(hash, signature, recoveryId(signature));
        return key == null ? RECOVERY_FAILED : new OkValue(buffer(key));
    }

    /**
     * {@code (secp256k1-verify hash signature public-key)}: the signature is 64 bytes, or 65 with
     * a recovery id (0 to 3) that is otherwise ignored.
     */
    static Value secp256k1Verify(NativeFunction f, List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(f);
        byte[] hash = exactly(HASH_SIZE, args.get(0), ctx, locals);
        byte[] signature = bytes(Evaluator.evalBorrowed(args.get(1), ctx, locals));
        if (signature.length < COMPACT_SIGNATURE_SIZE
                || (signature.length == RECOVERABLE_SIGNATURE_SIZE && recoveryId(signature) > MAX_RECOVERY_ID)) {
            return BoolValue.FALSE;
        }
        byte[] key = exactly(PUBLIC_KEY_SIZE, args.get(2), ctx, locals);
        return BoolValue.of(Ecdsa.verify(Ecdsa.Curve.SECP256K1, hash, signature, key));
    }

    /**
     * {@code (secp256r1-verify hash signature public-key)} over P-256. Clarity 4 hashes the given
     * 32 bytes once more with SHA-256 before verifying; from Clarity 5 they are the digest itself
     * (the version is the running contract's).
     */
    static Value secp256r1Verify(NativeFunction f, List<Expr> args, CallContext ctx, Locals locals) {
        ctx.exec().costs().charge(f);
        byte[] hash = exactly(HASH_SIZE, args.get(0), ctx, locals);
        byte[] signature = bytes(Evaluator.evalBorrowed(args.get(1), ctx, locals));
        if (signature.length != COMPACT_SIGNATURE_SIZE) {
            return BoolValue.FALSE;
        }
        byte[] key = exactly(PUBLIC_KEY_SIZE, args.get(2), ctx, locals);
        byte[] digest = ctx.contract().version().atLeast(ClarityVersion.CLARITY5) ? hash : Hashes.sha256(hash);
        return BoolValue.of(Ecdsa.verify(Ecdsa.Curve.SECP256R1, digest, signature, key));
    }

    static Value ed25519Verify(List<Expr> args, CallContext ctx, Locals locals) {
        throw clarity6Only(NativeFunction.ED25519_VERIFY);
    }

    static Value secp256k1Decompress(List<Expr> args, CallContext ctx, Locals locals) {
        throw clarity6Only(NativeFunction.SECP256K1_DECOMPRESS);
    }

    static Value verifyMerkleProof(List<Expr> args, CallContext ctx, Locals locals) {
        throw clarity6Only(NativeFunction.VERIFY_MERKLE_PROOF);
    }

    static Value getBitcoinTxOutput(List<Expr> args, CallContext ctx, Locals locals) {
        throw clarity6Only(NativeFunction.GET_BITCOIN_TX_OUTPUT);
    }

    /**
     * The refusal of a Clarity 6 native: to Clarity 1 to 5, the versions this interpreter runs,
     * its name is an unknown function, as it is to the reference. Name lookup never finds these
     * natives in those versions, so this only completes the exhaustive binding.
     */
    private static ClarityError clarity6Only(NativeFunction f) {
        return CheckErrorKind.UnknownFunction.error(f.clarityName());
    }

    /**
     * The content of a buffer that must be exactly {@code size} bytes long. The type checker
     * admits shorter buffers too, so a wrong length is a run-time type error, as in the reference.
     */
    static byte[] exactly(int size, Value v) {
        byte[] data = bytes(v);
        if (data.length != size) {
            throw RuntimeErrorKind.TypeValueError.error(Types.buffer(size), v);
        }
        return data;
    }

    /** {@link #exactly(int, Value)} for an argument expression, which a wrong length points at. */
    private static byte[] exactly(int size, Expr arg, CallContext ctx, Locals locals) {
        Value v = Evaluator.evalBorrowed(arg, ctx, locals);
        try {
            return exactly(size, v);
        } catch (ClarityError wrongLength) {
            throw wrongLength.at(arg.span());
        }
    }

    private static byte[] bytes(Value v) {
        return ((BufferValue) v).bytes().unsafeArray();
    }

    private static int recoveryId(byte[] signature) {
        return signature[COMPACT_SIGNATURE_SIZE] & 0xff;
    }

    private static BufferValue buffer(byte[] data) {
        return new BufferValue(Bytes.wrap(data));
    }
}
