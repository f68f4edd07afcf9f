package org.hiitplanner.domain.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.hiitplanner.domain.Checks;

/**
 * One change in the audit trail, chained to the entry before it by hash.
 *
 * @param sequence     position in the log, from 1, without gaps
 * @param at           when the change was made
 * @param operator     who made it
 * @param what         what was changed, e.g. "session record R1 2025-01-06"
 * @param oldValue     the value before (empty for a creation)
 * @param newValue     the value after (empty for a removal)
 * @param reason       why (empty when none was asked)
 * @param seal         SHA-256 hex of the study's content after the change (see the study's content seal), or empty
 *                     in an entry written before the trail sealed the data (schemaVersion 5 and older)
 * @param previousHash hash of the entry before, or {@link #GENESIS} for the first
 * @param hash         SHA-256 hex of {@code previousHash} and this entry's fields, see {@link #computeHash}
 */
public record AuditEntry(long sequence, Instant at, String operator, String what, String oldValue, String newValue,
                         String reason, String seal, String previousHash, String hash) {
    /** The previous hash of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);
    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");
    private static final String FORMAT = "hiit-audit-v1";
    private static final String SEALED_FORMAT = "hiit-audit-v2";

    public AuditEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence of an audit entry must be at least 1 (was " + sequence + ")");
        }
        Checks.required(at, "time of audit entry " + sequence);
        operator = Checks.text(operator, "operator of audit entry " + sequence);
        what = Checks.text(what, "what of audit entry " + sequence);
        oldValue = oldValue == null ? "" : Checks.printableNote(oldValue, "old value of audit entry " + sequence);
        newValue = newValue == null ? "" : Checks.printableNote(newValue, "new value of audit entry " + sequence);
        reason = reason == null ? "" : Checks.printable(reason, "reason of audit entry " + sequence);
        seal = seal == null ? "" : seal;
        if (!seal.isEmpty()) {
            checkHex(seal, "seal of audit entry " + sequence);
        }
        checkHex(previousHash, "previous hash of audit entry " + sequence);
        checkHex(hash, "hash of audit entry " + sequence);
    }

    /** An entry without a seal, as written before the trail sealed the data. */
    public AuditEntry(long sequence, Instant at, String operator, String what, String oldValue, String newValue,
                      String reason, String previousHash, String hash) {
        this(sequence, at, operator, what, oldValue, newValue, reason, "", previousHash, hash);
    }

    /** True when this entry seals the study's content after its change. */
    public boolean sealed() {
        return !seal.isEmpty();
    }

    private static void checkHex(String value, String field) {
        Checks.required(value, field);
        if (!HEX_64.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be 64 lowercase hex digits (was \"" + value + "\")");
        }
    }

    /** A new entry without a seal whose hash is computed from its fields. */
    public static AuditEntry create(long sequence, Instant at, String operator, String what, String oldValue,
                                    String newValue, String reason, String previousHash) {
        return create(sequence, at, operator, what, oldValue, newValue, reason, "", previousHash);
    }

    /** A new entry with the seal of the content after its change, whose hash is computed from its fields. */
    public static AuditEntry create(long sequence, Instant at, String operator, String what, String oldValue,
                                    String newValue, String reason, String seal, String previousHash) {
        AuditEntry draft = new AuditEntry(sequence, at, operator, what, oldValue, newValue, reason, seal,
                previousHash, GENESIS);
        return new AuditEntry(sequence, at, operator, what, oldValue, newValue, reason, seal, previousHash,
                draft.computeHash());
    }

    /**
     * SHA-256 hex over a format tag, then previousHash, sequence, at (ISO-8601), operator, what, oldValue,
     * newValue and reason, each as a 4-byte big-endian length followed by its UTF-8 bytes. A sealed entry uses the
     * tag "hiit-audit-v2" and adds its seal as a last field; an entry without a seal is hashed as before
     * ("hiit-audit-v1"), so that the entries of older files keep their hashes. The stored {@code hash} is not part
     * of the input.
     */
    public String computeHash() {
        MessageDigest digest = sha256();
        String[] fields = seal.isEmpty()
                ? new String[] {FORMAT, previousHash, Long.toString(sequence), at.toString(), operator, what,
                oldValue, newValue, reason}
                : new String[] {SEALED_FORMAT, previousHash, Long.toString(sequence), at.toString(), operator, what,
                oldValue, newValue, reason, seal};
        for (String field : fields) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** True when the stored hash matches the fields. */
    public boolean hashMatches() {
        return hash.equals(computeHash());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }
}
