package app.zonereader.store;

import java.util.List;

/**
 * Cuts text into words for the word-level index; the same splitter must serve indexing and queries. The app passes
 * a dictionary segmenter (HanLP); punctuation-only words are ignored by the index, so returning them is harmless.
 */
@FunctionalInterface
public interface WordSplitter {
    List<String> words(String text);
}
