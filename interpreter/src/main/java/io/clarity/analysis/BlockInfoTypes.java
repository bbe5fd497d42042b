package io.clarity.analysis;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.error.CheckErrorKind;
import io.clarity.value.BufferType;
import io.clarity.value.TupleType;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import io.clarity.vocabulary.BlockProperty;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The type rules of block and tenure information, and at-block. Each information native takes a
 * property name and a uint height, and returns the property's type wrapped in an optional.
 */
final class BlockInfoTypes {

    private static final BufferType BUFF_32 = new BufferType(32);

    private BlockInfoTypes() {
    }

    /** {@code (at-block id-header-hash expr)}: refused from epoch 3.4; the type of {@code expr}. */
    static TypeSignature atBlock(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(2, args);
        if (!tc.epoch().supportsAtBlock()) {
            throw CheckErrorKind.AtBlockUnavailable.error();
        }
        tc.typeCheckExpects(args.get(0), ctx, BUFF_32);
        return tc.typeCheck(args.get(1), ctx);
    }

    /** {@code get-block-info?}: the reference checks only that there are at least two arguments. */
    static TypeSignature getBlockInfo(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.atLeast(2, args);
        return info(tc, args, ctx, CheckErrorKind.GetBlockInfoExpectPropertyName, CheckErrorKind.NoSuchBlockInfoProperty,
                name -> BlockProperty.ofBlockInfo(name, tc.version()));
    }

    /** {@code get-burn-block-info?}. */
    static TypeSignature getBurnBlockInfo(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(2, args);
        return info(tc, args, ctx, CheckErrorKind.GetBurnBlockInfoExpectPropertyName, CheckErrorKind.NoSuchBlockInfoProperty,
                BlockProperty::ofBurnBlockInfo);
    }

    /** {@code get-stacks-block-info?}. */
    static TypeSignature getStacksBlockInfo(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(2, args);
        return info(tc, args, ctx, CheckErrorKind.GetStacksBlockInfoExpectPropertyName,
                CheckErrorKind.NoSuchStacksBlockInfoProperty, BlockProperty::ofStacksBlockInfo);
    }

    /** {@code get-tenure-info?}. */
    static TypeSignature getTenureInfo(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(2, args);
        return info(tc, args, ctx, CheckErrorKind.GetTenureInfoExpectPropertyName, CheckErrorKind.NoSuchTenureInfoProperty,
                BlockProperty::ofTenureInfo);
    }

    /** A property name the native knows (read by {@code lookup}), then a uint height. */
    private static TypeSignature info(TypeChecker tc, List<Expr> args, TypingContext ctx, CheckErrorKind notAName,
                                      CheckErrorKind unknown, Function<String, BlockProperty> lookup) {
        String name = NativeTypeRules.atom(args.get(0), notAName);
        BlockProperty p = lookup.apply(name);
        if (p == null) {
            throw unknown.error(name).at(args.get(0).span());
        }
        tc.typeCheckExpects(args.get(1), ctx, TypeSignature.UINT);
        return Types.optional(propertyType(p));
    }

    /** {@code {addrs: (list 2 {version: (buff 1), hashbytes: (buff 32)}), payout: uint}}. */
    private static final TupleType POX_ADDRS_TYPE = TupleType.of(Map.of(
            "addrs", Types.list(TupleType.of(Map.of("version", new BufferType(1), "hashbytes", BUFF_32)), 2),
            "payout", TypeSignature.UINT));

    /** The type of a property's value (the natives return it wrapped in an optional). */
    private static TypeSignature propertyType(BlockProperty p) {
        return switch (p) {
            case TIME, MINER_SPEND_WINNER, MINER_SPEND_TOTAL, BLOCK_REWARD -> TypeSignature.UINT;
            case VRF_SEED, HEADER_HASH, ID_HEADER_HASH, BURNCHAIN_HEADER_HASH -> BUFF_32;
            case MINER_ADDRESS -> TypeSignature.PRINCIPAL;
            case POX_ADDRS -> POX_ADDRS_TYPE;
        };
    }
}
