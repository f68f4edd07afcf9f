package org.hiitplanner.ui.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.hiitplanner.app.DerivedStudies;
import org.hiitplanner.app.DerivedStudy;
import org.hiitplanner.app.LatestTask;
import org.hiitplanner.app.TaskRunner;
import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.audit.AuditProblem;
import org.hiitplanner.export.pdf.Paper;
import org.hiitplanner.export.pdf.PdfExporter;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;
import org.hiitplanner.ui.common.ExportRunner;

/**
 * The audit-trail screen: every entry of the study's log, newest first, narrowed by free text, operator,
 * category and a date range (local dates of the clock's zone); a banner saying whether the hash chain is intact
 * or where it breaks; the selected entry in full; and CSV and PDF exports of the entries the filter lets through.
 * When the study changes, the chain check is the study's shared derived one ({@link DerivedStudies}, checking only
 * the entries not known to be intact) through the {@link TaskRunner}; entries appended to the trail shown are added
 * to the top of the list, anything else (another file, an undo) lists the trail again.
 */
public final class AuditViewModel {
    private final StudyDocument document;
    private final Clock clock;
    private final Messages messages;
    private final ExportRunner runner;
    private final AuditExport export;
    private final ObservableList<AuditRow> all = FXCollections.observableArrayList();
    private final FilteredList<AuditRow> rows = new FilteredList<>(all);
    private final ObservableList<String> operators = FXCollections.observableArrayList("");
    private final ObservableList<String> categories = FXCollections.observableArrayList("");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty operator = new SimpleStringProperty(this, "operator", "");
    private final StringProperty category = new SimpleStringProperty(this, "category", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");
    private final ReadOnlyBooleanWrapper intact = new ReadOnlyBooleanWrapper(this, "intact", true);
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner", "");
    private final ReadOnlyObjectWrapper<AuditRow> problemRow = new ReadOnlyObjectWrapper<>(this, "problemRow");
    private final ObjectProperty<AuditRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final AuditDetail detail;
    private final BooleanProperty excel = new SimpleBooleanProperty(this, "excel");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final DerivedStudies derived;
    private final LatestTask<AuditListing> check;
    private ExportTarget target = name -> Optional.empty();
    private AuditLog shown;

    public AuditViewModel(StudyDocument document, DerivedStudies derived, TaskRunner tasks, Clock clock,
                          Messages messages, ExportRunner runner, PdfExporter pdf) {
        this.document = document;
        this.derived = derived;
        this.check = new LatestTask<>(tasks, running -> { });
        this.clock = clock;
        this.messages = messages;
        this.runner = runner;
        this.export = new AuditExport(pdf, clock);
        this.detail = new AuditDetail(selected, messages);
        for (var p : List.of(text, operator, category)) {
            p.addListener((o, a, b) -> applyFilter());
        }
        from.addListener((o, a, b) -> applyFilter());
        to.addListener((o, a, b) -> applyFilter());
        document.studyProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Where exports are saved: the view's file dialog, or a fixed file in a test. */
    public void setExportTarget(ExportTarget newTarget) {
        this.target = newTarget;
    }

    private void refresh() {
        DerivedStudy study = derived.of(document.study());
        AuditLog before = shown;
        boolean wasIntact = intact.get();
        check.start(() -> AuditListing.of(study, before, wasIntact, clock.getZone()), this::show, error -> { });
    }

    private void show(AuditListing listing) {
        Long keep = selected.get() == null ? null : selected.get().sequence();
        List<String> names = listing.names();
        List<String> keys = listing.keys();
        if (listing.added()) {
            all.addAll(0, listing.rows());
            names = union(operators, names, String.CASE_INSENSITIVE_ORDER);
            keys = union(categories, keys, null);
        } else {
            all.setAll(listing.rows());
        }
        refreshChoices(names, keys);
        shown = listing.log();
        showVerification(listing.log(), listing.found());
        if (listing.added()) {
            showCount(); // the filtered list filters the added rows itself
        } else {
            applyFilter();
        }
        selected.set(keep == null ? null : rows.stream().filter(r -> r.sequence() == keep).findFirst().orElse(null));
    }

    private void refreshChoices(List<String> names, List<String> keys) {
        String op = operator.get();
        String cat = category.get();
        if (!operators.equals(withAll(names))) {
            operators.setAll(withAll(names));
        }
        if (!categories.equals(withAll(keys))) {
            categories.setAll(withAll(keys));
        }
        operator.set(names.contains(op) ? op : "");
        category.set(keys.contains(cat) ? cat : "");
    }

    /** The choices listed (without the first, "all") and the new ones; in category order when no order is given. */
    private static List<String> union(List<String> listed, List<String> more, Comparator<String> order) {
        List<String> all = new ArrayList<>(listed.subList(1, listed.size()));
        more.stream().filter(m -> !all.contains(m)).forEach(all::add);
        if (order != null) {
            all.sort(order);
        } else {
            all.sort(Comparator.comparing(k -> AuditCategory.valueOf(k.toUpperCase(java.util.Locale.ROOT))));
        }
        return all;
    }

    private static List<String> withAll(List<String> values) {
        List<String> list = new ArrayList<>(values.size() + 1);
        list.add("");
        list.addAll(values);
        return list;
    }

    private void showVerification(AuditLog log, Optional<AuditProblem> found) {
        problemRow.set(found.isEmpty() ? null : all.stream().filter(AuditRow::broken).findFirst().orElse(null));
        intact.set(found.isEmpty());
        if (found.isPresent()) {
            banner.set(messages.get("audit.broken", String.valueOf(found.get().sequence()), found.get().message()));
        } else if (log.size() == 0) {
            banner.set(messages.get("audit.intact.empty"));
        } else {
            banner.set(messages.get(log.size() == 1 ? "audit.intact.one" : "audit.intact",
                    String.valueOf(log.size()), log.lastHash().substring(0, 12)));
        }
    }

    private void applyFilter() {
        AuditFilter filter = filter();
        rows.setPredicate(filter::test);
        showCount();
    }

    private void showCount() {
        count.set(messages.get("audit.count", String.valueOf(rows.size()), String.valueOf(all.size())));
        emptyText.set(messages.get(all.isEmpty() ? "audit.empty.log" : "audit.empty.filter"));
        if (selected.get() != null && !rows.contains(selected.get())) {
            selected.set(null);
        }
    }

    private AuditFilter filter() {
        return new AuditFilter(text.get(), operator.get(), category.get(), from.get(), to.get(), clock.getZone());
    }

    /** Empties every filter, so that all entries show. */
    public void clearFilters() {
        text.set("");
        operator.set("");
        category.set("");
        from.set(null);
        to.set(null);
    }

    /** Clears the filters and selects the entry where the chain breaks (if it is broken). */
    public void showProblem() {
        clearFilters();
        selected.set(problemRow.get());
    }

    /** The listed entries in log (sequence) order, as they are exported. */
    public List<AuditEntry> listedEntries() {
        List<AuditEntry> list = new ArrayList<>(rows.stream().map(AuditRow::entry).toList());
        java.util.Collections.reverse(list);
        return list;
    }

    /** What the filter lets through, in words, for the PDF: e.g. {@code operator ana, text "week 3"}. */
    public String filterDescription() {
        AuditFilter f = filter();
        List<String> parts = new ArrayList<>();
        if (!f.text().isEmpty()) {
            parts.add(messages.get("audit.filter.text", f.text()));
        }
        if (!f.operator().isEmpty()) {
            parts.add(messages.get("audit.filter.operator", f.operator()));
        }
        if (!f.category().isEmpty()) {
            parts.add(messages.get("audit.filter.category", categoryLabel(f.category())));
        }
        if (f.from() != null) {
            parts.add(messages.get("audit.filter.from", f.from().toString()));
        }
        if (f.to() != null) {
            parts.add(messages.get("audit.filter.to", f.to().toString()));
        }
        return String.join(", ", parts);
    }

    /** "All categories" for the empty key, else the category's name, e.g. "Session records". */
    public String categoryLabel(String key) {
        return messages.get(key == null || key.isEmpty() ? "audit.category.all" : "audit.category." + key);
    }

    /** Asks where, then writes the listed entries as CSV in the background. */
    public void exportCsv() {
        start("csv", messages.get("audit.export.csv.what"), export.csv(listedEntries(), excel.get()));
    }

    /** Asks where, then writes the listed entries as a PDF sheet in the background. */
    public void exportPdf() {
        String source = document.file() == null ? messages.get("file.untitled")
                : String.valueOf(document.file().getFileName());
        start("pdf", messages.get("audit.export.pdf.what"),
                export.pdf(document.study(), listedEntries(), filterDescription(), Paper.A4, source));
    }

    private void start(String extension, String what, ExportRunner.Producer producer) {
        notice.set("");
        problem.set("");
        target.choose(AuditExport.suggestedName(document.file(), extension)).ifPresent(path ->
                runner.start(what, producer, path, notice::set, problem::set));
    }

    public ObservableList<AuditRow> rows() {
        return rows;
    }

    public ObservableList<String> operators() {
        return FXCollections.unmodifiableObservableList(operators);
    }

    public ObservableList<String> categories() {
        return FXCollections.unmodifiableObservableList(categories);
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** What the table says when it lists nothing: no entries at all, or none that match. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty intactProperty() {
        return intact.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** The row of the entry where the chain breaks; null when it is intact. */
    public ReadOnlyObjectProperty<AuditRow> problemRowProperty() {
        return problemRow.getReadOnlyProperty();
    }

    public ObjectProperty<AuditRow> selectedProperty() {
        return selected;
    }

    public AuditDetail detail() {
        return detail;
    }

    public BooleanProperty excelProperty() {
        return excel;
    }

    /** The last export's result, e.g. "Audit trail CSV saved as demo-audit.csv". */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Why the last export failed; empty when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return runner.runningProperty();
    }

    public ReadOnlyStringProperty exportMessageProperty() {
        return runner.messageProperty();
    }

    public void cancelExport() {
        runner.cancel();
    }
}
