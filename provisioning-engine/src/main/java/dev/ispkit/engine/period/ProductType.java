package dev.ispkit.engine.period;

import dev.ispkit.engine.InvalidSettingException;
import java.util.Locale;

/**
 * The kind of product a tariff sells, among those ispkit provisions: what a period rule can be bound to together
 * with a tariff id. A closed value, so that a rule bound to "VPS" in one place is the rule for "vds" in another.
 *
 * <p>{@link #parse(String)} reads BILLmanager's internal names of product types ({@code dedic}, {@code vds},
 * {@code soft}) and the plain names ({@code dedicated}, {@code vps}, {@code license}), in any case and with
 * surrounding blanks, so a host can pass what its own billing stores:
 *
 * <pre>{@code
 * ProductType.parse("vds") == ProductType.VPS;
 * ProductType.parse(" VPS ") == ProductType.VPS;
 * ProductType.parse("dedic") == ProductType.DEDICATED;
 * }</pre>
 */
public enum ProductType {
  /** A dedicated server (BILLmanager's {@code dedic}), provisioned on DCImanager 6. */
  DEDICATED("dedic", "dedicated"),
  /** A virtual private server (BILLmanager's {@code vds}), provisioned on VMmanager 6. */
  VPS("vds", "vps"),
  /** An ISPsystem software license (BILLmanager's {@code soft}), bought on a license server. */
  LICENSE("soft", "license");

  private final String intname;
  private final String plainName;

  ProductType(String intname, String plainName) {
    this.intname = intname;
    this.plainName = plainName;
  }

  /** BILLmanager's internal name of the product type, for example {@code vds}. */
  public String intname() {
    return intname;
  }

  /**
   * The product type a name stands for.
   *
   * @param name BILLmanager's internal name ({@code dedic}, {@code vds}, {@code soft}) or the plain name
   *     ({@code dedicated}, {@code vps}, {@code license}), in any case
   * @return the product type
   * @throws InvalidSettingException naming {@code product type} when the name is missing, blank or none of these
   */
  public static ProductType parse(String name) {
    String word = InvalidSettingException.requireText("product type", name).trim().toLowerCase(Locale.ROOT);
    for (ProductType type : values()) {
      if (type.intname.equals(word) || type.plainName.equals(word)) {
        return type;
      }
    }
    throw new InvalidSettingException("product type", name,
        "must be dedic (dedicated), vds (vps) or soft (license), in any case");
  }
}
