package dev.expolu.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.expolu.cache.RunCache;
import dev.expolu.lock.LockFile;
import dev.expolu.lock.LockedRun;
import dev.expolu.report.HtmlReport;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records, reports, locks and cache entries are for people and CI: they get the permissions any new
 * file gets here (rw-rw-rw- less the umask, rw-r--r-- under the usual 022, as Surefire's reports do),
 * not the owner-only rw------- of a temporary file.
 */
class FilePermissionsTest {

    @TempDir
    Path dir;

    private Set<PosixFilePermission> usual;

    @BeforeEach
    void usualPermissions() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain-new-file")));
    }

    @Test
    void aRunRecordHasTheUsualPermissions() throws IOException {
        Path record = new RunRecords(dir.resolve("records")).write(RunRecordsTest.record(1, 2.0, 1.0));
        assertUsual(record);
    }

    @Test
    void aLockFileHasTheUsualPermissions() throws IOException {
        Path lock = dir.resolve("e.lock.json");
        new LockFile("e", Map.of("e/default/seed-1", new LockedRun("e/default/seed-1", "fused|float32|arithmetic 1|jvm",
                "c0de", Map.of(), 1.0, 1.0, "ab", new double[] {2.0, 1.0}))).write(lock);
        assertUsual(lock);
    }

    @Test
    void aCacheEntryHasTheUsualPermissions() throws IOException {
        RunCache cache = new RunCache(dir.resolve("cache"));
        String key = "ab".repeat(32);
        cache.put(key, RunRecordsTest.record(1, 2.0, 1.0));
        assertUsual(dir.resolve("cache/ab/" + key + ".json"));
    }

    @Test
    void aReportHasTheUsualPermissions() throws IOException {
        assertUsual(HtmlReport.write(dir.resolve("reports"), List.of()));
    }

    @Test
    void aFileWrittenAgainKeepsThem() throws IOException {
        RunRecords records = new RunRecords(dir.resolve("records"));
        records.write(RunRecordsTest.record(1, 2.0));
        assertUsual(records.write(RunRecordsTest.record(1, 1.0)));
    }

    private void assertUsual(Path file) throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                .isEqualTo(PosixFilePermissions.toString(usual));
    }
}
