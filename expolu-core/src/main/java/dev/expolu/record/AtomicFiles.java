package dev.expolu.record;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Writes a file whole or not at all: into a temporary file beside it ({@code .<name>...tmp}, which
 * {@link RunRecords#deleteTemporaries()} clears after a killed build), then moved into place. The
 * file is for people and CI: it is created with the permissions of any new file (rw-rw-rw- less the
 * umask), never the owner-only ones of {@link Files#createTempFile}.
 */
public final class AtomicFiles {

    /** Writes the content into the temporary file it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temporary) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * @throws IOException whose message names {@code target} and why it could not be written
     */
    public static Path write(Path target, Content content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = createTemporary(directory, "." + target.getFileName());
            content.writeTo(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + describe(e), e);
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    /** A new empty file {@code <prefix><random>.tmp} in {@code directory}, with the usual permissions. */
    private static Path createTemporary(Path directory, String prefix) throws IOException {
        while (true) {
            Path candidate = directory.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                // another writer's; draw again
            }
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // a leftover .tmp is cleared by the next build
        }
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return switch (kind) {
            case "AccessDeniedException" -> "permission denied (" + e.getMessage() + ")";
            case "NoSuchFileException" -> "no such file or directory (" + e.getMessage() + ")";
            case "FileSystemException", "IOException" -> e.getMessage();
            default -> kind + ": " + e.getMessage();
        };
    }
}
