package app.zonereader.ui;

import app.zonereader.model.Correction;
import app.zonereader.model.CorrectionKind;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;

/**
 * The header's "Corrected" mark on an article the reader corrected; hovering it lists each correction with what the
 * engine had ("标题 — 引擎：…").
 */
final class CorrectionMark {
    private CorrectionMark() {
    }

    static Label of(List<Correction> corrections, Texts texts) {
        Label mark = new Label("✎ " + texts.get(MessageKeys.CORRECTED_MARK));
        mark.setId("correctedMark");
        mark.getStyleClass().add("corrected-mark");
        Tooltip tip = new Tooltip(String.join("\n", lines(corrections, texts)));
        tip.setShowDelay(Duration.millis(200));
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        mark.setTooltip(tip);
        return mark;
    }

    /** One line per correction the reader will recognise, in the order made. */
    static List<String> lines(List<Correction> corrections, Texts texts) {
        List<String> lines = new ArrayList<>();
        for (Correction correction : corrections) {
            if (correction.kind() == CorrectionKind.REVIEWED || correction.kind() == CorrectionKind.NOT_ARTICLE) {
                lines.add(texts.get(MessageKeys.CORRECTED_KIND_REVIEWED));
                continue;
            }
            if (correction.kind() == CorrectionKind.SPLIT) {
                lines.add(texts.get(MessageKeys.CORRECTED_KIND_SPLIT));
                continue;
            }
            String engine = correction.engineValue().isEmpty() ? texts.get(MessageKeys.CORRECTED_NONE)
                    : correction.engineValue();
            lines.add(texts.format(MessageKeys.CORRECTED_ENGINE, label(correction.kind(), texts), engine));
        }
        return lines;
    }

    private static String label(CorrectionKind kind, Texts texts) {
        return texts.get(switch (kind) {
            case TITLE -> MessageKeys.CORRECTED_KIND_TITLE;
            case SUBTITLE -> MessageKeys.CORRECTED_KIND_SUBTITLE;
            case ZONE -> MessageKeys.CORRECTED_KIND_ZONE;
            case KIND -> MessageKeys.CORRECTED_KIND_KIND;
            case MERGE -> MessageKeys.CORRECTED_KIND_MERGE;
            case SPLIT -> MessageKeys.CORRECTED_KIND_SPLIT;
            case REVIEWED, NOT_ARTICLE -> MessageKeys.CORRECTED_KIND_REVIEWED;
        });
    }
}
