package org.hiitplanner.ui.settings;

import java.math.BigDecimal;

import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.protocol.ProtocolLimits;
import org.hiitplanner.domain.session.WelfareLimits;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyInfo;
import org.hiitplanner.domain.study.StudySettings;
import org.hiitplanner.ui.common.Fields;

/**
 * The study with one setting changed from typed text. Each throws {@link IllegalArgumentException} when the text is
 * not a number or the study refuses the value (the records check their own limits).
 */
final class SettingEdits {
    private SettingEdits() {
    }

    static Study title(Study s, String t) {
        StudyInfo i = s.info();
        return s.withInfo(new StudyInfo(t, i.species(), i.strain(), i.sex(), i.investigator()));
    }

    static Study species(Study s, String t) {
        StudyInfo i = s.info();
        return s.withInfo(new StudyInfo(i.title(), t, i.strain(), i.sex(), i.investigator()));
    }

    static Study strain(Study s, String t) {
        StudyInfo i = s.info();
        return s.withInfo(new StudyInfo(i.title(), i.species(), t, i.sex(), i.investigator()));
    }

    static Study investigator(Study s, String t) {
        StudyInfo i = s.info();
        return s.withInfo(new StudyInfo(i.title(), i.species(), i.strain(), i.sex(), t));
    }

    static Study sex(Study s, Sex sex) {
        StudyInfo i = s.info();
        return s.withInfo(new StudyInfo(i.title(), i.species(), i.strain(), sex, i.investigator()));
    }

    static Study blinded(Study s, boolean blinded) {
        StudySettings x = s.settings();
        return s.withSettings(new StudySettings(blinded, x.greenPercent(), x.yellowPercent(), x.protocolLimits(),
                x.welfare(), x.heats()));
    }

    static Study green(Study s, String t) {
        StudySettings x = s.settings();
        return s.withSettings(new StudySettings(x.blinded(), decimal(t), x.yellowPercent(), x.protocolLimits(),
                x.welfare(), x.heats()));
    }

    static Study yellow(Study s, String t) {
        StudySettings x = s.settings();
        return s.withSettings(new StudySettings(x.blinded(), x.greenPercent(), decimal(t), x.protocolLimits(),
                x.welfare(), x.heats()));
    }

    static Study minIntervals(Study s, String t) {
        ProtocolLimits l = s.settings().protocolLimits();
        return limits(s, new ProtocolLimits(integer(t), l.usualMaxIntervals(), l.usualMinPercent(),
                l.usualMaxPercent()));
    }

    static Study maxIntervals(Study s, String t) {
        ProtocolLimits l = s.settings().protocolLimits();
        return limits(s, new ProtocolLimits(l.usualMinIntervals(), integer(t), l.usualMinPercent(),
                l.usualMaxPercent()));
    }

    static Study minPercent(Study s, String t) {
        ProtocolLimits l = s.settings().protocolLimits();
        return limits(s, new ProtocolLimits(l.usualMinIntervals(), l.usualMaxIntervals(), decimal(t),
                l.usualMaxPercent()));
    }

    static Study maxPercent(Study s, String t) {
        ProtocolLimits l = s.settings().protocolLimits();
        return limits(s, new ProtocolLimits(l.usualMinIntervals(), l.usualMaxIntervals(), l.usualMinPercent(),
                decimal(t)));
    }

    static Study stimulusLimit(Study s, String t) {
        WelfareLimits w = s.settings().welfare();
        return s.withSettings(s.settings().withWelfare(new WelfareLimits(integer(t), w.weightLossEndpointPercent())));
    }

    static Study weightLoss(Study s, String t) {
        WelfareLimits w = s.settings().welfare();
        return s.withSettings(s.settings().withWelfare(new WelfareLimits(w.stimulusLimit(), decimal(t))));
    }

    private static Study limits(Study s, ProtocolLimits l) {
        StudySettings x = s.settings();
        return s.withSettings(new StudySettings(x.blinded(), x.greenPercent(), x.yellowPercent(), l, x.welfare(),
                x.heats()));
    }

    private static int integer(String t) {
        return Fields.parseInt(t).orElseThrow(() -> new IllegalArgumentException("not a whole number: " + t));
    }

    private static BigDecimal decimal(String t) {
        return Fields.parseDecimal(t).orElseThrow(() -> new IllegalArgumentException("not a number: " + t));
    }
}
