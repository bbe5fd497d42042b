package io.clarity.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * Checks a BIP-39 mnemonic against the English word list and its checksum, as Clarinet does
 * before deriving an account from it: a mistyped word would otherwise give another, valid-looking
 * address. The list is BIP-39's own (2,048 words, SHA-256
 * {@code 2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda}).
 */
final class Mnemonic {

    private static final List<Integer> LENGTHS = List.of(12, 15, 18, 21, 24);

    /** Word to its index, read once: the list is a constant of the standard. */
    private static final Map<String, Integer> WORDS = words();

    private Mnemonic() {
    }

    /**
     * Returns normally when {@code mnemonic} is a valid English BIP-39 mnemonic.
     *
     * @throws IllegalArgumentException saying what is wrong: the number of words, an unknown word, the checksum
     */
    static void check(String mnemonic) {
        String[] words = Normalizer.normalize(mnemonic, Normalizer.Form.NFKD).strip().split("\\s+");
        int n = words.length;
        if (!LENGTHS.contains(n)) {
            throw new IllegalArgumentException("the mnemonic has " + n + " words; a BIP-39 mnemonic has 12, 15, 18, 21 or 24");
        }
        // 11 bits a word: the entropy, then one checksum bit for every 32 bits of entropy
        int bits = n * 11;
        int checksumBits = bits / 33;
        byte[] all = new byte[(bits + 7) / 8];
        for (int i = 0; i < n; i++) {
            Integer index = WORDS.get(words[i]);
            if (index == null) {
                throw new IllegalArgumentException("the mnemonic's word " + (i + 1) + ", \"" + words[i]
                        + "\", is not in the BIP-39 English word list");
            }
            for (int b = 0; b < 11; b++) {
                if ((index >> (10 - b) & 1) != 0) {
                    int at = i * 11 + b;
                    all[at / 8] |= (byte) (0x80 >> (at % 8));
                }
            }
        }
        int entropyBytes = (bits - checksumBits) / 8;
        SHA256Digest sha = new SHA256Digest();
        sha.update(all, 0, entropyBytes);
        byte[] hash = new byte[32];
        sha.doFinal(hash, 0);
        for (int b = 0; b < checksumBits; b++) {
            int at = entropyBytes * 8 + b;
            boolean given = (all[at / 8] & (0x80 >> (at % 8))) != 0;
            boolean expected = (hash[0] & (0x80 >> b)) != 0;
            if (given != expected) {
                throw new IllegalArgumentException("the mnemonic's checksum is wrong (its last word does not match the"
                        + " others): a word is mistyped, missing or in the wrong place");
            }
        }
    }

    private static Map<String, Integer> words() {
        try (InputStream in = Mnemonic.class.getResourceAsStream("bip39-english.txt")) {
            if (in == null) {
                throw new IllegalStateException("the BIP-39 word list is missing from the class path");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            Map<String, Integer> out = new HashMap<>();
            for (int i = 0; i < lines.length; i++) {
                out.put(lines[i].strip(), i);
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
