package org.hiitplanner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded random damage to a study file's text, as a hand edit, a bad copy or a hostile user would do it: a
 * character deleted or inserted, a number replaced by an overflow, a negative or a text, a file cut short, a key
 * written twice, an impossible date, a control character in a name, text after the end.
 */
final class StudyMutations {
    private static final Pattern NUMBER = Pattern.compile("(?<=: )-?\\d+(\\.\\d+)?(?=[,\\n])");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TEXT_VALUE = Pattern.compile("(?<=: \")[^\"]*(?=\")");
    private static final Pattern KEY_LINE = Pattern.compile("(?m)^ *\"\\w+\": [^\\[{\\n]*,$");
    private static final String[] NUMBERS = {"1e400", "-1e400", "1e-400", "-1", "\"x\"", "null", "99999999999999999999",
        "0", "1.5", "-0.0", "true", "[]", "{}", "1E+2", "2147483648", "-9223372036854775809"};
    private static final String[] DATES = {"2026-02-30", "2026-13-01", "2026-00-10", "0000-00-00", "9999-12-31",
        "+999999999-12-31", "-999999999-01-01", "2026-2-3", "2026-11-16T25:00", "20261116"};
    private static final String[] INSERTS = {"\"", "{", "}", "[", "]", ",", ":", "\\", "\u0000", "\u00e9", "\uFEFF",
        "\u202E", "\n", "x", "0", "-", "e", "."};
    private static final String[] CONTROLS = {"\u0000", "\u0001", "\u0007", "\u001b", "\\u0000", "\\u001b", "\\n",
        "\u2028", "\u202e", "\\u202e"};

    private final List<BiFunction<String, Random, String>> kinds = List.of(
            StudyMutations::deleteCharacter, StudyMutations::insertCharacter, StudyMutations::replaceNumber,
            StudyMutations::truncate, StudyMutations::duplicateKey, StudyMutations::impossibleDate,
            StudyMutations::controlInText, StudyMutations::textAfterTheEnd, StudyMutations::swapBrackets);

    /** The text with one to three seeded mutations. */
    String mutate(String json, Random random) {
        String out = json;
        int count = 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 1);
        for (int i = 0; i < count; i++) {
            out = kinds.get(random.nextInt(kinds.size())).apply(out, random);
        }
        return out;
    }

    private static String deleteCharacter(String s, Random r) {
        if (s.isEmpty()) {
            return s;
        }
        int at = r.nextInt(s.length());
        return s.substring(0, at) + s.substring(at + 1);
    }

    private static String insertCharacter(String s, Random r) {
        int at = r.nextInt(s.length() + 1);
        String what = r.nextBoolean() ? INSERTS[r.nextInt(INSERTS.length)] : String.valueOf((char) (32 + r.nextInt(95)));
        return s.substring(0, at) + what + s.substring(at);
    }

    private static String replaceNumber(String s, Random r) {
        return replaceOne(NUMBER, s, r, NUMBERS[r.nextInt(NUMBERS.length)]);
    }

    private static String truncate(String s, Random r) {
        return s.substring(0, r.nextInt(s.length() + 1));
    }

    private static String duplicateKey(String s, Random r) {
        List<int[]> lines = spans(KEY_LINE, s);
        if (lines.isEmpty()) {
            return s;
        }
        int[] line = lines.get(r.nextInt(lines.size()));
        String text = s.substring(line[0], line[1]);
        return s.substring(0, line[1]) + "\n" + text + s.substring(line[1]);
    }

    private static String impossibleDate(String s, Random r) {
        return replaceOne(DATE, s, r, DATES[r.nextInt(DATES.length)]);
    }

    private static String controlInText(String s, Random r) {
        List<int[]> texts = spans(TEXT_VALUE, s);
        if (texts.isEmpty()) {
            return s;
        }
        int[] text = texts.get(r.nextInt(texts.size()));
        int at = text[0] + r.nextInt(text[1] - text[0] + 1);
        return s.substring(0, at) + CONTROLS[r.nextInt(CONTROLS.length)] + s.substring(at);
    }

    private static String textAfterTheEnd(String s, Random r) {
        String[] tails = {"x", "}", "{}", "\n{\"schemaVersion\": 5}", "hello", ",", "\u0000", "]"};
        return s + tails[r.nextInt(tails.length)];
    }

    private static String swapBrackets(String s, Random r) {
        List<int[]> brackets = spans(Pattern.compile("[\\[\\]{}]"), s);
        int[] b = brackets.get(r.nextInt(brackets.size()));
        String swapped = switch (s.charAt(b[0])) {
            case '[' -> "{";
            case ']' -> "}";
            case '{' -> "[";
            default -> "]";
        };
        return s.substring(0, b[0]) + swapped + s.substring(b[1]);
    }

    private static String replaceOne(Pattern pattern, String s, Random r, String replacement) {
        List<int[]> found = spans(pattern, s);
        if (found.isEmpty()) {
            return s;
        }
        int[] one = found.get(r.nextInt(found.size()));
        return s.substring(0, one[0]) + replacement + s.substring(one[1]);
    }

    private static List<int[]> spans(Pattern pattern, String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
