package org.hiitplanner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class IcsWriterTest {

    @Test
    void textIsEscapedAsRfc5545Says() {
        assertEquals("a\\,b\\;c\\\\d\\ne\\nf\\ng", IcsWriter.escape("a,b;c\\d\ne\r\nf\rg"));
        assertEquals("tab\tstays; bell goes", IcsWriter.escape("tab\tstays; bell\u0007 goes").replace("\\;", ";"));
        assertEquals("R15 HIIT \u2014 week 2\\, 5 \u00D7 30.1 m/min", IcsWriter.escape("R15 HIIT \u2014 week 2, 5 \u00D7 30.1 m/min"));
    }

    @Test
    void seventyFiveOctetsFitOnOneLineTheSeventySixthIsFolded() {
        String a75 = "A".repeat(75);
        assertEquals(a75 + "\r\n", IcsWriter.fold(a75));
        assertEquals(a75 + "\r\n B\r\n", IcsWriter.fold(a75 + "B"));
        // a continuation line holds the space and 74 more octets
        String folded = IcsWriter.fold("A".repeat(75 + 74 + 1));
        assertEquals(a75 + "\r\n " + "A".repeat(74) + "\r\n A\r\n", folded);
    }

    @Test
    void multiByteCharactersAreNeverSplit() throws CharacterCodingException {
        for (String unit : new String[] {"\u00E9", "\u2014", "\uD83D\uDC00"}) {
            for (int prefix = 0; prefix < 4; prefix++) {
                String line = "X".repeat(prefix) + unit.repeat(100);
                String folded = IcsWriter.fold(line);
                for (String physical : folded.split("\r\n")) {
                    byte[] bytes = physical.getBytes(StandardCharsets.UTF_8);
                    assertTrue(bytes.length <= 75, physical);
                    // strict decoding of each physical line alone: fails if a character was cut in two
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes));
                }
                assertEquals(line, folded.replace("\r\n ", "").replace("\r\n", ""));
            }
        }
    }

    @Test
    void offsetsAreHoursAndMinutesOrSecondsWhenThereAreAny() {
        assertEquals("+0100", IcsTimeZone.offset(ZoneOffset.ofHours(1)));
        assertEquals("-0330", IcsTimeZone.offset(ZoneOffset.ofHoursMinutes(-3, -30)));
        assertEquals("+0019", IcsTimeZone.offset(ZoneOffset.ofHoursMinutes(0, 19)));
        assertEquals("+001932", IcsTimeZone.offset(ZoneOffset.ofTotalSeconds(19 * 60 + 32)));
        assertEquals("+0000", IcsTimeZone.offset(ZoneOffset.UTC));
    }
}
