package io.clarity.natives;

import io.clarity.ast.Expr;
import io.clarity.eval.CallContext;
import io.clarity.eval.Locals;
import io.clarity.value.Value;
import java.util.List;

/** The natives of hashes and signatures. */
final class Crypto {

    private Crypto() {
    }

    /** {@code hash160}. */
    static Value hash160(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.HASH160);
    }

    /** {@code sha256}. */
    static Value sha256(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.SHA256);
    }

    /** {@code sha512}. */
    static Value sha512(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.SHA512);
    }

    /** {@code sha512/256}. */
    static Value sha512256(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.SHA512_256);
    }

    /** {@code keccak256}. */
    static Value keccak256(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.KECCAK256);
    }

    /** {@code secp256k1-recover?}. */
    static Value secp256k1Recover(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.SECP256K1_RECOVER);
    }

    /** {@code secp256k1-verify}. */
    static Value secp256k1Verify(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.SECP256K1_VERIFY);
    }

    /** {@code secp256r1-verify}. */
    static Value secp256r1Verify(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.SECP256R1_VERIFY);
    }

    /** {@code ed25519-verify}. */
    static Value ed25519Verify(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.ED25519_VERIFY);
    }

    /** {@code secp256k1-decompress?}. */
    static Value secp256k1Decompress(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.SECP256K1_DECOMPRESS);
    }

    /** {@code verify-merkle-proof}. */
    static Value verifyMerkleProof(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.VERIFY_MERKLE_PROOF);
    }

    /** {@code get-bitcoin-tx-output?}. */
    static Value getBitcoinTxOutput(List<Expr> args, CallContext ctx, Locals locals) {
        throw Natives.unsupported(NativeFunction.GET_BITCOIN_TX_OUTPUT);
    }
}
