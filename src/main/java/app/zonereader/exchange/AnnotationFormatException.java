package app.zonereader.exchange;

/**
 * A file that cannot be read as annotations at all: not JSON, or JSON that is no Annotation, AnnotationCollection,
 * AnnotationPage or list of annotations. The message says where and why, in one line.
 */
public final class AnnotationFormatException extends Exception {
    public AnnotationFormatException(String message) {
        super(message);
    }

    public AnnotationFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
