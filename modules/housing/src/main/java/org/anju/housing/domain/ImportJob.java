package org.anju.housing.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One import of a spreadsheet: its mode, progress, outcome and the errors of bad rows (JSON, the first 1,000). Kept in
 * the operator's schema so that progress and results survive the browser and the server.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    /** How rows are written. */
    public enum Mode { DRY_RUN, ALL_OR_NOTHING, VALID_ONLY }

    /** Where the job is. INTERRUPTED: its server stopped while it ran (a re-run is safe: imports are idempotent). */
    public enum State { QUEUED, RUNNING, DONE, FAILED, INTERRUPTED }

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "kind", nullable = false, length = 30)
    private String kind;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "file_sha256", nullable = false, length = 64)
    private String fileSha256;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, length = 20)
    private Mode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private State state;

    @Column(name = "total_rows")
    private Integer totalRows;

    @Column(name = "processed_rows", nullable = false)
    private int processedRows;

    @Column(name = "error_rows", nullable = false)
    private int errorRows;

    @Column(name = "created_count", nullable = false)
    private int created;

    @Column(name = "updated_count", nullable = false)
    private int updated;

    @Column(name = "unchanged_count", nullable = false)
    private int unchanged;

    @Column(name = "errors", columnDefinition = "text")
    private String errors;

    @Column(name = "failure", length = 1000)
    private String failure;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Refreshed while the job runs; a running job whose heartbeat stopped belongs to a server that stopped. */
    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportJob() {
    }

    public ImportJob(UUID id, String kind, String fileName, String fileSha256, long fileSize, Mode mode,
                     String requestedBy, Instant now) {
        this.id = id;
        this.kind = kind;
        this.fileName = fileName;
        this.fileSha256 = fileSha256;
        this.fileSize = fileSize;
        this.mode = mode;
        this.state = State.QUEUED;
        this.requestedBy = requestedBy;
        this.createdAt = now;
        this.heartbeatAt = now;
    }

    public void running(Integer total, Instant now) {
        this.state = State.RUNNING;
        this.totalRows = total;
        this.heartbeatAt = now;
    }

    public void progress(Integer total, int processed, int errorCount, Instant now) {
        this.totalRows = total;
        this.processedRows = processed;
        this.errorRows = errorCount;
        this.heartbeatAt = now;
    }

    /** Whether a queued or running job has stopped showing signs of life. */
    public boolean stale(Instant now, java.time.Duration silence) {
        return (state == State.QUEUED || state == State.RUNNING) && heartbeatAt != null
                && heartbeatAt.plus(silence).isBefore(now);
    }

    public void done(int createdCount, int updatedCount, int unchangedCount, int errorCount, String errorsJson, Instant now) {
        this.state = State.DONE;
        this.created = createdCount;
        this.updated = updatedCount;
        this.unchanged = unchangedCount;
        this.errorRows = errorCount;
        this.errors = errorsJson;
        this.finishedAt = now;
    }

    public void failed(String reason, String errorsJson, int errorCount, Instant now) {
        this.state = State.FAILED;
        this.failure = reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        this.errors = errorsJson;
        this.errorRows = errorCount;
        this.finishedAt = now;
    }

    public void interrupted(Instant now) {
        this.state = State.INTERRUPTED;
        this.finishedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public String fileSha256() {
        return fileSha256;
    }

    public long fileSize() {
        return fileSize;
    }

    public Mode mode() {
        return mode;
    }

    public State state() {
        return state;
    }

    public Integer totalRows() {
        return totalRows;
    }

    public int processedRows() {
        return processedRows;
    }

    public int errorRows() {
        return errorRows;
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
    }

    public String errors() {
        return errors;
    }

    public String failure() {
        return failure;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant heartbeatAt() {
        return heartbeatAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
