package org.hiitplanner.export.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Blinded codes that stand in for an animal's group when a study is blinded: derived from a SHA-256 hash of the
 * study title and the animal id, so the same animal gets the same code on every printout, and nothing in the
 * code tells the group. Codes are lengthened (for every animal) in the unlikely case that two would collide.
 */
public final class BlindCodes {
    /** Crockford's base 32: no I, L, O or U, so codes cannot be misread. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int MIN_LENGTH = 5;
    private static final int MAX_LENGTH = 12;

    private final Map<String, String> codes;

    private BlindCodes(Map<String, String> codes) {
        this.codes = codes;
    }

    public static BlindCodes of(String studyTitle, Collection<String> animalIds) {
        for (int length = MIN_LENGTH; length < MAX_LENGTH; length++) {
            Map<String, String> map = codes(studyTitle, animalIds, length);
            if (new HashSet<>(map.values()).size() == map.size()) {
                return new BlindCodes(map);
            }
        }
        return new BlindCodes(codes(studyTitle, animalIds, MAX_LENGTH));
    }

    private static Map<String, String> codes(String title, Collection<String> ids, int length) {
        Map<String, String> map = new HashMap<>();
        Set<String> unique = new HashSet<>(ids);
        for (String id : unique) {
            map.put(id, code(title, id, length));
        }
        return map;
    }

    /** The code of one animal with {@code length} characters, written as "K7Q2-M…" in groups of four. */
    static String code(String title, String id, int length) {
        byte[] hash = sha256(title + '\u0000' + id);
        StringBuilder sb = new StringBuilder();
        long bits = 0;
        int have = 0;
        int next = 0;
        while (sb.length() < length) {
            if (have < 5) {
                bits = (bits << 8) | (hash[next++] & 0xFF);
                have += 8;
            }
            have -= 5;
            sb.append(ALPHABET.charAt((int) (bits >>> have) & 31));
        }
        return sb.length() > 4 ? sb.substring(0, 4) + "-" + sb.substring(4) : sb.toString();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** The code of an animal of the study. */
    public String of(String animalId) {
        String code = codes.get(animalId);
        if (code == null) {
            throw new IllegalArgumentException("no blinded code for animal " + animalId);
        }
        return code;
    }
}
