package io.clarity.chain;

import io.clarity.value.StandardPrincipalValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** The standard accounts of a {@code clarinet new} project (its settings/Devnet.toml). */
public final class Accounts {

    /** Each standard account starts with 100,000,000 STX (in micro-STX). */
    public static final long STARTING_BALANCE = 100_000_000_000_000L;

    private static final Map<String, String> STANDARD = new LinkedHashMap<>();

    static {
        STANDARD.put("deployer", "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM");
        STANDARD.put("wallet_1", "ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5");
        STANDARD.put("wallet_2", "ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG");
        STANDARD.put("wallet_3", "ST2JHG361ZXG51QTKY2NQCVBPPRRE2KZB1HR05NNC");
        STANDARD.put("wallet_4", "ST2NEB84ASENDXKYGJPQW86YXQCEFEX2ZQPG87ND");
        STANDARD.put("wallet_5", "ST2REHHS5J3CERCRBEPMGH7921Q6PYKAADT7JP2VB");
        STANDARD.put("wallet_6", "ST3AM1A56AK2C1XAFJ4115ZSV26EB49BVQ10MGCS0");
        STANDARD.put("wallet_7", "ST3PF13W7Z0RRM42A8VZRVFQ75SV1K26RXEP8YGKJ");
        STANDARD.put("wallet_8", "ST3NBRSFKX28FQ2ZJ1MAKX58HKHSDGNV5N7R21XCP");
        STANDARD.put("faucet", "STNHKEPYEPJ8ET55ZZ0M5A34J0R3N5FM2CMMMAZ6");
    }

    private Accounts() {
    }

    /** The standard accounts, name to principal, in Devnet.toml order. */
    public static Map<String, StandardPrincipalValue> standard() {
        Map<String, StandardPrincipalValue> out = new LinkedHashMap<>();
        STANDARD.forEach((name, address) -> out.put(name, StandardPrincipalValue.known(address)));
        return out;
    }

    /** The deployer account. */
    public static StandardPrincipalValue deployer() {
        return StandardPrincipalValue.known(STANDARD.get("deployer"));
    }
}
