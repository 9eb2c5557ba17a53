package dev.ispkit.license;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.IntPredicate;

/**
 * A {@link License} from BILLmanager's fields: the {@code soft.edit} form (fields directly under {@code doc}), one
 * row of the license list (an {@code elem}), or a row with its form laid over it. The names are the same in each;
 * the list simply carries fewer of them.
 *
 * <p>Where public code against the real server reads one name and ispkit earlier guessed another, the real name is
 * read first and the guess only when the real one gives nothing.
 */
final class LicenseFields {
  /** The license name of a license waiting in the pool (BILLmanager's reuse rule). */
  static final String POOL_NAME = "free.lic";
  /** The IP of a license waiting in the pool. */
  static final String POOL_IP = "0.0.0.0";

  private LicenseFields() {}

  /** The license in a row, or empty when the row has no usable id (it cannot be acted on). */
  static Optional<License> read(JsonNode fields) {
    return number(fields, "id").or(() -> number(fields, "elid")).map(id -> read(fields, id));
  }

  /** The license in a {@code soft.edit} answer, whose id is known from the request. */
  static License read(JsonNode fields, long id) {
    return License.builder()
        .id(id)
        .name(Doc.text(fields, "licname").or(() -> Doc.text(fields, "name")).orElse("").strip())
        .ip(Doc.text(fields, "ip").orElse("").strip())
        .key(Doc.nonBlank(fields, "lickey"))
        .rawStatus(Doc.nonBlank(fields, "status"))
        .pricelist(pricelist(fields))
        .pricelistName(Doc.nonBlank(fields, "pricelist_name"))
        .serviceName(Doc.nonBlank(fields, "name"))
        .expireDate(Doc.date(fields, "expiredate"))
        .createDate(Doc.date(fields, "createdate"))
        .period(periodCode(fields, "period", InputChecks::isPeriod))
        // "null" or 0 means no renewal; trial and lifetime cannot be renewal periods.
        .autoprolong(periodCode(fields, "autoprolong", InputChecks::isRenewalPeriod))
        .remoteId(Doc.nonBlank(fields, "remoteid"))
        .ipChangedAt(Doc.dateTime(fields, "ip_change_date").or(() -> Doc.dateTime(fields, "ipchangedate")))
        .keyChangedAt(Doc.dateTime(fields, "lickey_change_date").or(() -> Doc.dateTime(fields, "keychangedate")))
        .build();
  }

  /**
   * A list row completed by the license's form, as public code against the real server does it: the form's fields
   * win, the row's fill in what the form lacks.
   */
  static JsonNode merge(JsonNode row, JsonNode form) {
    if (!(row instanceof ObjectNode) || !(form instanceof ObjectNode)) {
      return form;
    }
    ObjectNode merged = ((ObjectNode) row).deepCopy();
    merged.setAll((ObjectNode) form);
    return merged;
  }

  /**
   * Whether a license may be in the pool of a pricelist, judged only on what its fields show: active or suspended,
   * named {@value #POOL_NAME}, bound to {@value #POOL_IP}, of the pricelist. A field that is not there rules nothing
   * out, since a list row may lack it; the name is judged on {@code licname} alone ({@code name} may be the
   * product's).
   */
  static boolean mayBeFree(JsonNode fields, License license, long pricelist) {
    if (license.rawStatus().isPresent()
        && license.status() != LicenseStatus.ACTIVE && license.status() != LicenseStatus.SUSPENDED) {
      return false;
    }
    if (Doc.nonBlank(fields, "licname").filter(name -> !name.equals(POOL_NAME)).isPresent()) {
      return false;
    }
    if (!license.ip().isEmpty() && !license.ip().equals(POOL_IP)) {
      return false;
    }
    return license.pricelist().isEmpty() || license.pricelist().getAsLong() == pricelist;
  }

  private static OptionalLong pricelist(JsonNode fields) {
    // In a list the "pricelist" column may well be the tariff's name: only a number is taken as the id.
    return number(fields, "pricelist_id").or(() -> number(fields, "pricelist"))
        .map(OptionalLong::of).orElse(OptionalLong.empty());
  }

  private static OptionalInt periodCode(JsonNode fields, String name, IntPredicate known) {
    return Doc.nonBlank(fields, name).flatMap(text -> {
      try {
        return Optional.of(Integer.parseInt(text));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }).filter(known::test).map(OptionalInt::of).orElse(OptionalInt.empty());
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
