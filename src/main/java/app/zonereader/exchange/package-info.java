/**
 * Exchange formats for the reader's annotations: pure converters between the model ({@code Annotation},
 * {@code AnnotationRow}) and files — W3C Web Annotation JSON both ways, CSV and Markdown out. No I/O of their own
 * beyond the stream they are given; no database, no JavaFX.
 */
package app.zonereader.exchange;
