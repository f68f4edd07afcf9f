package org.hiitplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The messages file: a key given twice silently loses its first text, so every key must be unique. */
class MessagesFileTest {
    @Test
    void everyKeyIsDefinedOnce() throws IOException {
        List<String> twice = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (InputStream in = Messages.class.getResourceAsStream("/org/hiitplanner/messages.properties");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                String t = line.strip();
                int eq = t.indexOf('=');
                if (t.isEmpty() || t.startsWith("#") || t.startsWith("!") || eq < 0) {
                    continue;
                }
                String key = t.substring(0, eq).strip();
                if (!seen.add(key)) {
                    twice.add(key + " (again on line " + number + ")");
                }
            }
        }

        assertEquals(List.of(), twice);
    }
}
