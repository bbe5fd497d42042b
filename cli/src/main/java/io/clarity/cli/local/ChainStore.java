package io.clarity.cli.local;

import io.clarity.Simnet;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The local chain of the one-off commands ({@code clarity deploy}, {@code call}, {@code read},
 * {@code state}, {@code reset}), kept between invocations in a folder ({@code .clarity/} under
 * the working folder) as one file, {@code chain.bin}, written by {@link Simnet#serialize}.
 *
 * <p>A save never leaves a chain that cannot be opened: what it is about to write is first read
 * back, and a chain that does not read back is refused, leaving the saved one as it was. Nor does
 * it leave a half-written chain: the new state goes to a temporary file in the same
 * folder, is forced to the disk, and then atomically renamed over the old file (the folder is
 * forced too, so that the rename itself survives a crash). Until the rename, the old file is
 * untouched; after it, the new one is complete. A process killed at any point leaves one or the
 * other, and at worst a stray temporary file, which the next save removes. Commands hold a lock
 * on {@code .clarity/lock} from load to save, so two invocations at once take turns instead of
 * losing one's update.
 */
public final class ChainStore {

    /** The folder of the local chain, under the working folder. */
    public static final String FOLDER = ".clarity";
    private static final String FILE = "chain.bin";
    private static final String LOCK = "lock";
    private static final String TEMP_PREFIX = "chain-";
    private static final String TEMP_SUFFIX = ".tmp";

    /** Points in a save where a test can make it fail, as if the process died there. */
    public enum Stage {
        /** Half of the new state is in the temporary file. */
        HALF_WRITTEN,
        /** The temporary file is complete and on the disk, not yet renamed. */
        SYNCED
    }

    /** A fault injected into saves (tests); the product uses {@link #NONE}. */
    @FunctionalInterface
    public interface Fault {
        /** Called as a save reaches {@code stage}; throws (or stops the process) to interrupt it. */
        void reached(Stage stage) throws IOException;
    }

    /** A saved chain that cannot be read back (damaged, or written by an incompatible version). */
    public static final class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    /** A chain refused by a save because what would be written does not read back; the saved one stays. */
    public static final class NotSaved extends IOException {
        private static final long serialVersionUID = 1L;

        NotSaved(String message) {
            super(message);
        }
    }

    /** No fault. */
    public static final Fault NONE = stage -> { };

    private final Path dir;
    private final Fault fault;

    /** The chain kept in {@code dir}. */
    public ChainStore(Path dir) {
        this(dir, NONE);
    }

    /** The chain kept in {@code dir}, with {@code fault} injected into every save. */
    public ChainStore(Path dir, Fault fault) {
        this.dir = dir;
        this.fault = fault;
    }

    /** The file the chain is in. */
    public Path file() {
        return dir.resolve(FILE);
    }

    /** Work on the chain under the store's lock. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws IOException;
    }

    /** Runs {@code work} holding the lock, so that no other invocation loads or saves meanwhile. */
    public <T> T locked(Work<T> work) throws IOException {
        Files.createDirectories(dir);
        try (FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            return work.run();
        }
    }

    /** The saved chain, or empty when none was saved (or it was reset). */
    public Optional<Simnet> load() throws IOException {
        byte[] data;
        try {
            data = Files.readAllBytes(file());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(Simnet.deserialize(data));
        } catch (IOException e) {
            throw new Unreadable(file() + ": " + e.getMessage());
        }
    }

    /** Replaces the saved chain with {@code simnet}, atomically. */
    public void save(Simnet simnet) throws IOException {
        write(simnet.serialize());
    }

    /** Replaces the saved chain with the encoded chain {@code data}, atomically. */
    void write(byte[] data) throws IOException {
        try {
            Simnet.deserialize(data);
        } catch (IOException e) {
            // a chain that cannot be opened is worse than the loss of this one command's change
            throw new NotSaved("the new chain would not read back, so it was not saved (" + file()
                    + " is unchanged): " + e.getMessage());
        }
        Files.createDirectories(dir);
        removeStrayTemporaryFiles();
        Path temp = Files.createTempFile(dir, TEMP_PREFIX, TEMP_SUFFIX);
        boolean moved = false;
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                int half = data.length / 2;
                writeFully(out, ByteBuffer.wrap(data, 0, half));
                fault.reached(Stage.HALF_WRITTEN);
                writeFully(out, ByteBuffer.wrap(data, half, data.length - half));
                out.force(true);
            }
            fault.reached(Stage.SYNCED);
            move(temp, file());
            moved = true;
            forceFolder();
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Forgets the saved chain; the next command starts a new one. Returns whether there was one. */
    public boolean reset() throws IOException {
        removeStrayTemporaryFiles();
        return Files.deleteIfExists(file());
    }

    private static void writeFully(FileChannel out, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            out.write(b);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // both are in one folder, so a file system without atomic rename is one we cannot trust
            throw new IOException("the file system of " + to.getParent() + " cannot replace files atomically", e);
        }
    }

    /** Makes the rename durable; some platforms (Windows) cannot open a folder, and rename durably anyway. */
    private void forceFolder() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // not supported here: the rename is as durable as the platform makes it
        }
    }

    /** Temporary files of saves that a killed process did not finish (only ever removed under the lock). */
    private void removeStrayTemporaryFiles() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> strays = Files.newDirectoryStream(dir, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path p : strays) {
                Files.deleteIfExists(p);
            }
        }
    }
}
