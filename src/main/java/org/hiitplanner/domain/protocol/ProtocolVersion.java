package org.hiitplanner.domain.protocol;

import java.time.LocalDate;

import org.hiitplanner.domain.Checks;

/**
 * A later version of the protocol, in force for sessions dated on or after {@code effectiveFrom}. Sessions before
 * that date keep the version, and so the speeds, they were run with. The first version is in force from the
 * study's start date and is not a {@code ProtocolVersion}.
 *
 * @param effectiveFrom first day this version applies to
 * @param protocol      the protocol from that day on
 * @param reason        why the protocol was changed
 */
public record ProtocolVersion(LocalDate effectiveFrom, Protocol protocol, String reason) {
    public ProtocolVersion {
        Checks.required(effectiveFrom, "effective date of a protocol version");
        Checks.required(protocol, "protocol of the version effective from " + effectiveFrom);
        reason = Checks.text(reason, "reason for the protocol version effective from " + effectiveFrom);
    }

    public ProtocolVersion withProtocol(Protocol newProtocol) {
        return new ProtocolVersion(effectiveFrom, newProtocol, reason);
    }
}
