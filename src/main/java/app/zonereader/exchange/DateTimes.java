package app.zonereader.exchange;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The model's xsd:dateTime values: with a zone ({@code Z}, {@code +08:00}) as it asks, or without, read as UTC. */
final class DateTimes {
    private DateTimes() {
    }

    static Optional<Instant> parse(String text) {
        String value = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException withoutZone) {
            try {
                return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notADateTime) {
                return Optional.empty();  // the caller reports the value as unusable
            }
        }
    }
}
