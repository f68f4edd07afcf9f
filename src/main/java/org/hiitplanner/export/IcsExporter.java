package org.hiitplanner.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.Study;

/**
 * Writes a study's training sessions and planned step-test days as an iCalendar file (RFC 5545), for the lab
 * calendar. See {@link IcsEvents} for which events there are.
 *
 * <p><b>Times.</b> Sessions have no clock time in the study, so training events start at a day start (default
 * 09:00) in the lab's time zone and last as long as the session (per treadmill: its animals' runs). They are
 * <em>timed</em> events written with {@code TZID=<zone>} and a VTIMEZONE built from Java's time-zone rules, so that
 * 09:00 stays 09:00 local time across a daylight-saving change and a calendar in another zone shows the right
 * instant. (All-day events would have been simpler but would throw away the length of a session, which is what a
 * shared treadmill room needs to see.) A zone that is a fixed offset (UTC, +01:00) gets UTC times instead of a
 * TZID. Step-test days are all-day events ({@code VALUE=DATE}): a test runs until exhaustion, so its length is
 * unknown.
 *
 * <p><b>Updates.</b> Each UID is derived from the study title, the kind of event, the animal or treadmill and the
 * date, so importing a newer export updates the events instead of duplicating them. DTSTAMP is the time of the
 * export, in UTC. Lines end in CRLF and are folded at 75 octets; text is escaped.
 */
public final class IcsExporter {
    private static final int REPORT_EVERY = 100;

    /** How many events were written: training events and step-test days. */
    public record Result(int trainingEvents, int stepTestEvents) {
        public int events() {
            return trainingEvents + stepTestEvents;
        }
    }

    private final ScheduleEngine engine;

    public IcsExporter(ScheduleEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** Writes UTF-8 to {@code out}, which is flushed and left open. */
    public Result write(Study study, IcsOptions options, OutputStream out, Progress progress) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Result result = write(study, options, writer, progress);
        writer.flush();
        return result;
    }

    /** Writes the calendar to {@code out}, which is flushed, never closed. */
    public Result write(Study study, IcsOptions options, Writer out, Progress progress) throws IOException {
        progress.checkCancelled();
        List<PlannedSession> sessions = engine.schedule(study);
        List<IcsEvent> events = new IcsEvents(study, options).events(sessions);
        IcsWriter w = new IcsWriter(out);
        writeHeader(w, study, options, events);
        String stamp = "DTSTAMP:" + IcsWriter.utc(options.generatedAt());
        int done = 0;
        int training = 0;
        for (IcsEvent e : events) {
            progress.checkCancelled();
            writeEvent(w, e, stamp, options.zone());
            training += e.training() ? 1 : 0;
            if (++done % REPORT_EVERY == 0) {
                progress.update(done, events.size(), "Writing calendar events: " + done + " of " + events.size());
            }
        }
        w.line("END:VCALENDAR");
        w.flush();
        progress.update(done, events.size(), "Wrote " + done + " calendar events");
        return new Result(training, done - training);
    }

    private static void writeHeader(IcsWriter w, Study study, IcsOptions options, List<IcsEvent> events)
            throws IOException {
        w.line("BEGIN:VCALENDAR");
        w.line("VERSION:2.0");
        w.line("PRODID:-//HIIT Planner//HIIT Planner//EN");
        w.line("CALSCALE:GREGORIAN");
        w.text("X-WR-CALNAME", study.info().title());
        List<IcsEvent> timed = events.stream().filter(e -> !e.allDay()).toList();
        if (!timed.isEmpty() && IcsTimeZone.needsVTimeZone(options.zone())) {
            Instant from = timed.stream().map(e -> e.start().toInstant()).min(Instant::compareTo).orElseThrow();
            Instant to = timed.stream().map(e -> e.end().toInstant()).max(Instant::compareTo).orElseThrow();
            IcsTimeZone.write(w, options.zone(), from.minusSeconds(86_400), to.plusSeconds(86_400));
        }
    }

    private static void writeEvent(IcsWriter w, IcsEvent e, String stamp, ZoneId zone) throws IOException {
        w.line("BEGIN:VEVENT");
        w.line("UID:" + e.uid());
        w.line(stamp);
        if (e.allDay()) {
            w.line("DTSTART;VALUE=DATE:" + IcsWriter.date(e.date()));
            w.line("DTEND;VALUE=DATE:" + IcsWriter.date(e.date().plusDays(1)));
        } else {
            w.line("DTSTART" + dateTime(e.start(), zone));
            w.line("DTEND" + dateTime(e.end(), zone));
        }
        w.text("SUMMARY", e.summary());
        w.text("DESCRIPTION", e.description());
        if (e.location() != null && !e.location().isEmpty()) {
            w.text("LOCATION", e.location());
        }
        w.line("END:VEVENT");
    }

    /** ";TZID=Europe/Amsterdam:20261116T090000", or ":20261116T080000Z" for a fixed-offset zone. */
    private static String dateTime(ZonedDateTime time, ZoneId zone) {
        if (!IcsTimeZone.needsVTimeZone(zone)) {
            return ":" + IcsWriter.utc(time.toInstant());
        }
        return ";TZID=" + zone.getId() + ":" + IcsWriter.local(time.withZoneSameInstant(zone).toLocalDateTime());
    }
}
