package app.zonereader.model;

import java.util.List;

/**
 * What a correction (or its undo) did.
 *
 * @param corrections the corrections made, withdrawn or put back, as stored; what undo needs to reverse it
 * @param articleIds  the database ids of the items that now hold the corrected text, in page order: two after a split,
 *                    none when the item was left out (ids change when a page is made again, so the view reopens these)
 */
public record Corrected(List<Correction> corrections, List<Long> articleIds) {
    public Corrected {
        corrections = List.copyOf(corrections);
        articleIds = List.copyOf(articleIds);
    }
}
