package app.zonereader.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FolderSnapshotTest {
    private static final Path A = Path.of("/w/a.txt");
    private static final Path B = Path.of("/w/b.txt");

    private static FolderSnapshot snapshot(Object... pathsAndSizes) {
        Map<Path, FolderSnapshot.Stamp> stamps = new HashMap<>();
        for (int i = 0; i < pathsAndSizes.length; i += 2) {
            stamps.put((Path) pathsAndSizes[i], new FolderSnapshot.Stamp((Integer) pathsAndSizes[i + 1], 1000));
        }
        return new FolderSnapshot(stamps);
    }

    @Test
    void aFileIsImportedOnceItStoppedChangingAndAgainWhenItChanges() {
        Map<Path, FolderSnapshot.Stamp> imported = new HashMap<>();
        FolderSnapshot first = snapshot(A, 10);
        assertEquals(List.of(), first.settledSince(FolderSnapshot.empty(), imported), "new: may still be written");
        FolderSnapshot growing = snapshot(A, 20, B, 5);
        assertEquals(List.of(), growing.settledSince(first, imported), "a grew, b is new");
        FolderSnapshot settled = snapshot(A, 20, B, 5);
        assertEquals(List.of(A, B), settled.settledSince(growing, imported));
        assertEquals(List.of(), snapshot(A, 20, B, 5).settledSince(settled, imported), "imported once");
        FolderSnapshot changed = snapshot(A, 30, B, 5);
        assertEquals(List.of(), changed.settledSince(settled, imported));
        assertEquals(List.of(A), snapshot(A, 30, B, 5).settledSince(changed, imported), "changed: again");
    }
}
