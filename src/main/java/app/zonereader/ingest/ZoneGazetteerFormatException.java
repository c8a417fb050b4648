package app.zonereader.ingest;

/** The zone list could not be read; the message names the line and what is wrong with it. */
public class ZoneGazetteerFormatException extends RuntimeException {
    public ZoneGazetteerFormatException(String message) {
        super(message);
    }

    public ZoneGazetteerFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
