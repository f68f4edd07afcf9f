package org.hiitplanner.domain.study;

import java.math.BigDecimal;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.treadmill.HeatSettings;
import org.hiitplanner.domain.session.WelfareLimits;
import org.hiitplanner.domain.protocol.ProtocolLimits;

/**
 * Settings of a study that are configuration rather than protocol.
 *
 * @param blinded        print blinded codes instead of group names
 * @param greenPercent   adherence at or above this is green
 * @param yellowPercent  adherence at or above this (and below green) is yellow; below is red
 * @param protocolLimits the usual ranges outside which the protocol gets a warning
 * @param welfare        the lab's welfare limits (stimuli per session, body-weight loss endpoint)
 * @param heats          heat tolerance, run order and its seed
 */
public record StudySettings(boolean blinded, BigDecimal greenPercent, BigDecimal yellowPercent,
                            ProtocolLimits protocolLimits, WelfareLimits welfare, HeatSettings heats) {
    public StudySettings {
        Checks.notNegative(greenPercent, "green adherence band");
        Checks.notNegative(yellowPercent, "yellow adherence band");
        if (greenPercent.compareTo(BigDecimal.valueOf(100)) > 0 || yellowPercent.compareTo(greenPercent) > 0) {
            throw new IllegalArgumentException("adherence bands must satisfy yellow ≤ green ≤ 100 (were yellow "
                    + yellowPercent.toPlainString() + ", green " + greenPercent.toPlainString() + ")");
        }
        Checks.required(protocolLimits, "protocol limits");
        Checks.required(welfare, "welfare limits");
        Checks.required(heats, "heat settings");
    }

    /** Settings with the default heat settings. */
    public StudySettings(boolean blinded, BigDecimal greenPercent, BigDecimal yellowPercent,
                         ProtocolLimits protocolLimits, WelfareLimits welfare) {
        this(blinded, greenPercent, yellowPercent, protocolLimits, welfare, HeatSettings.defaults());
    }

    public StudySettings withWelfare(WelfareLimits newWelfare) {
        return new StudySettings(blinded, greenPercent, yellowPercent, protocolLimits, newWelfare, heats);
    }

    public StudySettings withHeats(HeatSettings newHeats) {
        return new StudySettings(blinded, greenPercent, yellowPercent, protocolLimits, welfare, newHeats);
    }

    public static StudySettings defaults() {
        return new StudySettings(false, BigDecimal.valueOf(80), BigDecimal.valueOf(50), ProtocolLimits.defaults(),
                WelfareLimits.defaults(), HeatSettings.defaults());
    }
}
