package io.clarity.eval.instrument;

/**
 * A listener attached to a chain (see {@code Simnet.instrument}); closing it detaches the
 * listener, which then hears nothing more. Closing twice does nothing more.
 */
@FunctionalInterface
public interface Attachment extends AutoCloseable {

    /** Detaches the listener. */
    @Override
    void close();
}
