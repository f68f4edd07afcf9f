package org.hiitplanner.domain.study;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The seal of a study's content: SHA-256 of its canonical form without the audit trail, as twelve sections
 * (see {@link CanonicalForm} for the fields of each). Each section has its own digest: SHA-256 over the tag
 * "hiit-seal-section-v1", then the section's fields; the seal is SHA-256 over "hiit-seal-v1", then each section's
 * name and digest in the order of {@link #SECTIONS}. A list section's digest ends with the list's size.
 * <p>
 * Cheap to compute again after a change: the digests of the animals and of the append-only lists (session records,
 * step-test results, welfare clearances) are kept for the last few list values, so that a list that only grew
 * since is extended from the running digest of its first entries, and an unchanged list is not hashed again.
 *
 * @param sections each section's name, entry count (1 for a single value) and digest, in order
 * @param seal     the seal: 64 lowercase hex digits
 */
public record ContentSeal(List<Section> sections, String seal) {
    /** The sections, in the order they are sealed. */
    public static final List<String> SECTIONS = List.of("study information", "start date", "groups", "animals",
            "protocol", "step-test protocol", "step-test results", "treadmills", "calendar", "settings",
            "session records", "welfare clearances");
    private static final String SEAL_TAG = "hiit-seal-v1";
    private static final String SECTION_TAG = "hiit-seal-section-v1";
    private static final SealCache CACHE = new SealCache();

    /** One section: its name, how many entries it holds and its digest (64 hex). */
    public record Section(String name, int count, String digest) {
    }

    public ContentSeal {
        sections = List.copyOf(sections);
    }

    /** The seal of the study's content (its audit trail is not part of it). */
    public static ContentSeal of(Study s) {
        return of(s, CACHE);
    }

    /** The seal computed with {@code cache}: a new one hashes every section in full. */
    static ContentSeal of(Study s, SealCache cache) {
        List<Section> sections = new ArrayList<>(SECTIONS.size());
        sections.add(single(0, f -> f.info(s.info())));
        sections.add(single(1, f -> f.value(s.startDate())));
        sections.add(whole(2, s.groups(), CanonicalForm::group));
        sections.add(cache.whole(SECTIONS.get(3), s.animals(), ContentSeal::startSection, CanonicalForm::animal));
        sections.add(single(4, f -> f.protocols(s.firstProtocol(), s.protocolVersions())));
        sections.add(single(5, f -> f.stepTests(s.stepTestProtocol(), s.stepTestProtocolVersions())));
        sections.add(cache.appended(SECTIONS.get(6), s.stepTestResults(), ContentSeal::startSection,
                CanonicalForm::result));
        sections.add(whole(7, s.treadmills(), CanonicalForm::treadmill));
        sections.add(single(8, f -> f.calendar(s.calendar())));
        sections.add(single(9, f -> f.settings(s.settings())));
        sections.add(cache.appended(SECTIONS.get(10), s.sessionRecords(), ContentSeal::startSection,
                CanonicalForm::record));
        sections.add(cache.appended(SECTIONS.get(11), s.welfareClearances(), ContentSeal::startSection,
                CanonicalForm::clearance));
        return new ContentSeal(sections, combine(sections));
    }

    /** The seal alone: {@code of(s).seal()}. */
    public static String sealOf(Study s) {
        return of(s).seal();
    }

    /** The seal of these section digests (to check digests kept beside a seal). */
    public static String combine(List<Section> sections) {
        MessageDigest d = sha256();
        CanonicalForm f = new CanonicalForm(d).text(SEAL_TAG);
        for (Section section : sections) {
            f.text(section.name()).text(section.digest());
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** The names of the sections whose digests differ between this seal and {@code sealed}, in order. */
    public List<String> differences(List<Section> sealed) {
        List<String> differ = new ArrayList<>();
        for (Section now : sections) {
            boolean same = sealed.stream().anyMatch(o -> o.name().equals(now.name())
                    && o.digest().equals(now.digest()));
            if (!same) {
                differ.add(now.name());
            }
        }
        return differ;
    }

    private static Section single(int index, Consumer<CanonicalForm> fields) {
        MessageDigest d = startSection();
        fields.accept(new CanonicalForm(d));
        return new Section(SECTIONS.get(index), 1, HexFormat.of().formatHex(d.digest()));
    }

    private static <T> Section whole(int index, List<T> list, BiConsumer<CanonicalForm, T> element) {
        MessageDigest d = startSection();
        CanonicalForm f = new CanonicalForm(d);
        for (T t : list) {
            element.accept(f, t);
        }
        return new Section(SECTIONS.get(index), list.size(), finish(d, list.size()));
    }

    static MessageDigest startSection() {
        MessageDigest d = sha256();
        new CanonicalForm(d).text(SECTION_TAG);
        return d;
    }

    /** The digest of a list section whose running digest is {@code running} (left unchanged). */
    static String finish(MessageDigest running, int size) {
        try {
            MessageDigest d = (MessageDigest) running.clone();
            d.update(ByteBuffer.allocate(8).putLong(size).array());
            return HexFormat.of().formatHex(d.digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digest cannot be copied", e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }

    /** A short form for people: the first 8 hex digits. */
    public String shortSeal() {
        return seal.substring(0, 8);
    }
}
