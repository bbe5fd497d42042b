package io.clarity.error;

import java.net.URL;
import java.security.CodeSource;
import java.util.List;
import java.util.Set;

/**
 * The frames of the current thread's stack below the library: what a Java stack trace of an
 * error thrown to the library's caller shows ({@link ClarityError#atCaller()}).
 */
final class CallerFrames {

    private CallerFrames() {
    }

    /** Where the interpreter's classes are loaded from (its jar, or its class folder in a build). */
    private static final String LIBRARY = location(ClarityError.class);

    /** Whether a class is of the library, asked once per class. */
    private static final ClassValue<Boolean> OF_THE_LIBRARY = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            ClassLoader loader = type.getClassLoader();
            // the JDK's own classes (a stream or a lambda's plumbing between two library frames)
            if (loader == null || loader == ClassLoader.getPlatformClassLoader()) {
                return true;
            }
            if (LIBRARY == null) {
                // loaded without a location (a custom loader): the library is what its loader loaded of io.clarity
                return loader == ClarityError.class.getClassLoader() && type.getName().startsWith("io.clarity.");
            }
            return LIBRARY.equals(location(type));
        }
    };

    private static final StackWalker WALKER = StackWalker.getInstance(
            Set.of(StackWalker.Option.RETAIN_CLASS_REFERENCE, StackWalker.Option.SHOW_REFLECT_FRAMES));

    /**
     * The stack from the first frame that is not the library's down to the thread's first; the
     * whole stack when every frame is the library's (the library called by itself).
     */
    static StackTraceElement[] outsideTheLibrary() {
        List<StackWalker.StackFrame> frames = WALKER.walk(s -> s.toList());
        int first = 0;
        while (first < frames.size() && OF_THE_LIBRARY.get(frames.get(first).getDeclaringClass())) {
            first++;
        }
        if (first == frames.size()) {
            first = 0;
        }
        return frames.subList(first, frames.size()).stream().map(StackWalker.StackFrame::toStackTraceElement)
                .toArray(StackTraceElement[]::new);
    }

    /** The location a class was loaded from, or null when it has none. */
    private static String location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        return url == null ? null : url.toExternalForm();
    }
}
