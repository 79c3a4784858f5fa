package org.anju.housing.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.anju.housing.domain.ImportJob;
import org.anju.housing.infrastructure.HousingStore;
import org.anju.kernel.api.Messages;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.Transactions;
import org.anju.tenancy.api.TenantContext;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Import jobs: the upload is kept on disk (by content hash, per organization), a job row records mode, progress and
 * outcome, and the work runs in the background inside the organization's tenant scope, so a 50 MB file neither holds
 * a request open nor is lost by a closed browser. A dry run's file can be committed afterwards without uploading
 * again. A job whose server stopped is reported INTERRUPTED (re-running is safe: imports are idempotent).
 */
@ApplicationScoped
public class HousingImportService {

    public static final String KIND = "housing";
    private static final Logger LOG = Logger.getLogger(HousingImportService.class.getName());
    private static final Duration SILENCE = Duration.ofMinutes(2);
    private static final int STORED_ERRORS = 1000;

    /** A job as clients see it, errors in the caller's language. */
    public record ImportJobView(UUID id, String fileName, long fileSize, ImportJob.Mode mode, ImportJob.State state,
                                Integer totalRows, int processedRows, int errorRows, int created, int updated,
                                int unchanged, List<ErrorView> errors, String failure, String requestedBy,
                                Instant createdAt, Instant finishedAt) {
    }

    /** One bad cell or row. */
    public record ErrorView(String sheet, int row, String column, String message) {
    }

    @Inject
    HousingStore store;

    @Inject
    Transactions transactions;

    @Inject
    HousingImporter importer;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "anju.import.max-bytes", defaultValue = "62914560")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "anju.import.dir")
    java.util.Optional<String> directory;

    public ImportJobView submit(InputStream body, String fileName, ImportJob.Mode mode, Locale locale) {
        TenantId tenant = TenantContext.require();
        String actor = TenantContext.actor();
        Stored stored = store(body, tenant);
        UUID id = UUID.randomUUID();
        transactions.runInNew(() -> store.add(new ImportJob(id, KIND, fileName, stored.sha256(), stored.size(), mode, actor,
                Instant.now())));
        start(id, tenant, actor, stored.path(), mode);
        return get(id, locale);
    }

    /** Runs the file of a finished dry run again, this time writing. */
    public ImportJobView commit(UUID dryRunId, ImportJob.Mode mode, Locale locale) {
        if (mode == ImportJob.Mode.DRY_RUN) {
            throw ProblemException.invalid("mode", "housing.import.commit.mode");
        }
        TenantId tenant = TenantContext.require();
        String actor = TenantContext.actor();
        ImportJob dry = transactions.inNew(() -> store.importJob(dryRunId)
                .orElseThrow(() -> ProblemException.notFound("import-not-found", dryRunId)));
        if (dry.mode() != ImportJob.Mode.DRY_RUN || dry.state() != ImportJob.State.DONE) {
            throw ProblemException.conflict("import-not-committable");
        }
        Path file = fileOf(tenant, dry.fileSha256());
        if (!Files.isRegularFile(file)) {
            throw new ProblemException(410, "import-file-gone");
        }
        UUID id = UUID.randomUUID();
        transactions.runInNew(() -> store.add(new ImportJob(id, KIND, dry.fileName(), dry.fileSha256(), dry.fileSize(),
                mode, actor, Instant.now())));
        start(id, tenant, actor, file, mode);
        return get(id, locale);
    }

    public ImportJobView get(UUID id, Locale locale) {
        ImportJob job = transactions.inNew(() -> {
            ImportJob j = store.importJob(id).orElseThrow(() -> ProblemException.notFound("import-not-found", id));
            if (j.stale(Instant.now(), SILENCE)) {
                j.interrupted(Instant.now());
            }
            return j;
        });
        return view(job, locale, true);
    }

    public Page<ImportJobView> list(PageRequest page, Locale locale) {
        return transactions.inNew(() -> store.importJobs(page)).map(j -> view(j, locale, false));
    }

    private void start(UUID id, TenantId tenant, String actor, Path file, ImportJob.Mode mode) {
        executor.execute(() -> TenantScope.call(tenant, actor, () -> {
            run(id, file, mode);
            return null;
        }));
    }

    void run(UUID id, Path file, ImportJob.Mode mode) {
        try {
            transactions.runInNew(() -> store.importJob(id).orElseThrow().running(null, Instant.now()));
            long[] last = {0};
            HousingImporter.Outcome o = importer.run(file, mode, (total, processed, errors) -> {
                long now = System.nanoTime();
                if (now - last[0] > 500_000_000L) {
                    last[0] = now;
                    transactions.runInNew(() -> store.importJob(id).orElseThrow().progress(total, processed, errors, Instant.now()));
                }
            });
            transactions.runInNew(() -> {
                ImportJob job = store.importJob(id).orElseThrow();
                job.progress(o.totalRows(), o.totalRows(), o.errorRows(), Instant.now());
                String errors = errorsJson(o.errors());
                if (o.failureKey() != null) {
                    job.failed(failureJson(o.failureKey(), o.failureArgs()), errors, o.errorRows(), Instant.now());
                } else {
                    job.done(o.created(), o.updated(), o.unchanged(), o.errorRows(), errors, Instant.now());
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import " + id + " failed", e);
            transactions.runInNew(() -> store.importJob(id).ifPresent(j ->
                    j.failed(failureJson("housing.import.failed.unexpected", List.of()), null, 0, Instant.now())));
        } finally {
            if (mode != ImportJob.Mode.DRY_RUN) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.fine("cannot delete " + file);
                }
            }
        }
    }

    // ---- files

    private record Stored(Path path, String sha256, long size) {
    }

    private Stored store(InputStream body, TenantId tenant) {
        try {
            Path dir = root().resolve(tenant.schema());
            Files.createDirectories(dir);
            purgeOld(dir);
            Path tmp = Files.createTempFile(dir, "upload-", ".part");
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (InputStream in = body; OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), md)) {
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = in.read(buf)) > 0) {
                    size += n;
                    if (size > maxBytes) {
                        throw new ProblemException(413, "import-too-large", maxBytes / 1024 / 1024);
                    }
                    out.write(buf, 0, n);
                }
            } catch (ProblemException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            if (size == 0) {
                Files.deleteIfExists(tmp);
                throw ProblemException.invalid("file", "import.file.empty");
            }
            String sha = HexFormat.of().formatHex(md.digest());
            Path target = dir.resolve(sha);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return new Stored(target, sha, size);
        } catch (IOException e) {
            throw new IllegalStateException("cannot store the upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path fileOf(TenantId tenant, String sha256) {
        return root().resolve(tenant.schema()).resolve(sha256);
    }

    private Path root() {
        return Path.of(directory.orElse(System.getProperty("java.io.tmpdir"))).resolve("anju-imports");
    }

    /** Uploads older than a day are forgotten (a dry run can be committed within that time). */
    private static void purgeOld(Path dir) {
        Instant limit = Instant.now().minus(Duration.ofDays(1));
        try (var files = Files.list(dir)) {
            files.filter(f -> {
                try {
                    return Files.getLastModifiedTime(f).toInstant().isBefore(limit);
                } catch (IOException e) {
                    return false;
                }
            }).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    LOG.fine("cannot delete " + f);
                }
            });
        } catch (IOException e) {
            LOG.fine("cannot list " + dir);
        }
    }

    // ---- errors as JSON (keys and arguments; worded when read, in the reader's language)

    static String errorsJson(List<HousingImporter.RowError> errors) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        errors.stream().limit(STORED_ERRORS).forEach(e -> {
            JsonArrayBuilder args = Json.createArrayBuilder();
            e.args().forEach(x -> args.add(String.valueOf(x)));
            a.add(Json.createObjectBuilder().add("sheet", e.sheet()).add("row", e.row())
                    .add("column", e.column() == null ? "" : e.column()).add("key", e.key()).add("args", args));
        });
        return a.build().toString();
    }

    static String failureJson(String key, List<Object> args) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        args.forEach(x -> a.add(String.valueOf(x)));
        return Json.createObjectBuilder().add("key", key).add("args", a).build().toString();
    }

    private static ImportJobView view(ImportJob j, Locale locale, boolean withErrors) {
        List<ErrorView> errors = new ArrayList<>();
        if (withErrors && j.errors() != null) {
            JsonArray a = Json.createReader(new StringReader(j.errors())).readArray();
            for (JsonValue v : a) {
                JsonObject o = v.asJsonObject();
                errors.add(new ErrorView(o.getString("sheet"), o.getInt("row"), o.getString("column"),
                        Messages.get(locale, o.getString("key"), args(o.getJsonArray("args")))));
            }
        }
        String failure = null;
        if (j.failure() != null) {
            JsonObject f = Json.createReader(new StringReader(j.failure())).readObject();
            failure = Messages.get(locale, f.getString("key"), args(f.getJsonArray("args")));
        }
        return new ImportJobView(j.id(), j.fileName(), j.fileSize(), j.mode(), j.state(), j.totalRows(), j.processedRows(),
                j.errorRows(), j.created(), j.updated(), j.unchanged(), errors, failure, j.requestedBy(), j.createdAt(),
                j.finishedAt());
    }

    private static Object[] args(JsonArray a) {
        return a.stream().map(v -> (Object) ((jakarta.json.JsonString) v).getString()).toArray();
    }
}
