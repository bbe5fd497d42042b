package io.clarity.project;

import java.io.IOException;

/**
 * A Clarinet project that cannot be read: a missing or malformed file or setting. An
 * {@link java.io.IOException}, as reading the project's files is where it arises.
 */
public final class ProjectException extends IOException {

    private static final long serialVersionUID = 1L;

    public ProjectException(String message) {
        super(message);
    }
}
