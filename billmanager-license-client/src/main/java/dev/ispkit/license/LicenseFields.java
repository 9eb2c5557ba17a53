package dev.ispkit.license;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A {@link License} from BILLmanager's fields: the {@code soft.edit} form (fields directly under {@code doc}) or one
 * row of the license list (an {@code elem}); both use the same names.
 */
final class LicenseFields {
  private LicenseFields() {}

  /** The license in a row, or empty when the row has no usable id (it cannot be acted on). */
  static Optional<License> read(JsonNode fields) {
    return number(fields, "id").or(() -> number(fields, "elid"))
        .flatMap(id -> Optional.of(read(fields, id)));
  }

  /** The license in a {@code soft.edit} answer, whose id is known from the request. */
  static License read(JsonNode fields, long id) {
    License.Builder license = License.builder();
    license.id(id)
        .name(Doc.text(fields, "licname").or(() -> Doc.text(fields, "name")).orElse("").strip())
        .ip(Doc.text(fields, "ip").orElse("").strip())
        .key(Doc.nonBlank(fields, "lickey"))
        .statusCode(Doc.text(fields, "status").orElse("").strip())
        .pricelist(number(fields, "pricelist").map(OptionalLong::of).orElse(OptionalLong.empty()))
        .pricelistName(Doc.nonBlank(fields, "pricelist_name"))
        .serviceName(Doc.nonBlank(fields, "name"))
        .expireDate(Doc.date(fields, "expiredate"))
        .createDate(Doc.date(fields, "createdate"))
        .period(Doc.nonBlank(fields, "period").flatMap(Period::parse))
        // "null" or 0 means no renewal; trial and lifetime cannot be renewal periods.
        .autoprolong(Doc.nonBlank(fields, "autoprolong").flatMap(Period::parse)
            .filter(period -> period.months().isPresent() || period.equals(Period.DAY)))
        .remoteId(Doc.nonBlank(fields, "remoteid"))
        .ipChangedAt(Doc.dateTime(fields, "ipchangedate"))
        .keyChangedAt(Doc.dateTime(fields, "keychangedate"));
    return license.build();
  }

  private static Optional<Long> number(JsonNode fields, String name) {
    return Doc.nonBlank(fields, name).flatMap(text -> {
      try {
        long value = Long.parseLong(text);
        return value > 0 ? Optional.of(value) : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }
}
