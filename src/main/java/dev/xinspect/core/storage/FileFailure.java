package dev.xinspect.core.storage;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read or written, as a clause a user can act on: "(NoSuchFileException)" in a message told
 * nobody that the folder was not there (issue 17, item 12). Only the exception's kind and the operating system's
 * reason are used, never the rest of its message, which may quote a file's content (a parser's would).
 */
public final class FileFailure {
    private FileFailure() {
    }

    /** "it does not exist", "permission denied", the system's reason ("Read-only file system"), or "an input/output error". */
    public static String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException missing -> "it does not exist";
            case AccessDeniedException denied -> "permission denied";
            case FileAlreadyExistsException exists -> "something of that name is already there";
            case NotDirectoryException notFolder -> "a part of the path is a file, not a folder";
            case DirectoryNotEmptyException notEmpty -> "the folder is not empty";
            case FileSystemException fs when fs.getReason() != null && !fs.getReason().isBlank() -> fs.getReason();
            case CharacterCodingException coding -> "it is not UTF-8 text";
            default -> "an input/output error";
        };
    }
}
