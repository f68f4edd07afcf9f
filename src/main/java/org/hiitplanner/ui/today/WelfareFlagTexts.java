package org.hiitplanner.ui.today;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.welfare.WelfareCheck;
import org.hiitplanner.domain.welfare.WelfareFlag;

/**
 * The welfare flags a Today card shows: a body-weight-loss flag until a PI clears it, and stimulus flags of the
 * sessions of the last seven days (a session's flag belongs to that session, not to the animal for good).
 */
public final class WelfareFlagTexts implements Function<Study, Map<String, List<String>>> {
    private static final int RECENT_DAYS = 7;
    private final WelfareCheck check = new WelfareCheck();
    private final Clock clock;

    public WelfareFlagTexts(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Map<String, List<String>> apply(Study s) {
        LocalDate since = LocalDate.now(clock).minusDays(RECENT_DAYS);
        Map<String, List<String>> out = new HashMap<>();
        check.flagsByAnimal(s.sessionRecords(), s.welfareClearances(), s.settings().welfare()).forEach((id, flags) -> {
            List<String> texts = new ArrayList<>();
            for (WelfareFlag f : flags) {
                if (f.kind() == WelfareFlag.Kind.WEIGHT_LOSS || !f.date().isBefore(since)) {
                    texts.add(f.message());
                }
            }
            if (!texts.isEmpty()) {
                out.put(id, List.copyOf(texts));
            }
        });
        return out;
    }
}
