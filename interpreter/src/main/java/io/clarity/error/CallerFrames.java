package io.clarity.error;

import java.net.URL;
import java.security.CodeSource;
import java.util.Set;

/**
 * Where the library was called from: the class of the frame a Java stack trace of an error
 * thrown to the library's caller starts at ({@link ClarityError#atCaller()}).
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
     * The name of the class of the first frame of the stack that is not the library's: the class
     * of the line that called it. Only the frames down to it are looked at, and none is turned
     * into a {@link StackTraceElement}, so it costs little. Null when every frame is the
     * library's (the library called by itself).
     */
    static String firstOutsideTheLibrary() {
        return WALKER.walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                .filter(c -> !OF_THE_LIBRARY.get(c)).findFirst()).map(Class::getName).orElse(null);
    }

    /** The location a class was loaded from, or null when it has none. */
    private static String location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        return url == null ? null : url.toExternalForm();
    }
}
