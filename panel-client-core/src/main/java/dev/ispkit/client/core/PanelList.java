package dev.ispkit.client.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.OptionalLong;

/**
 * One page of a DCImanager 6 or VMmanager 6 list: {@code {"last_notify":N,"list":[...],"size":N}}.
 *
 * @param <T> the element type
 */
public final class PanelList<T> {
  private final List<T> list;
  private final Long size;
  private final Long lastNotify;

  /**
   * Creates a page; a missing list reads as empty.
   *
   * @param list the elements of this page
   * @param size how many elements match the filter in all, when the panel says
   * @param lastNotify the panel's change counter, when it gives one
   */
  @JsonCreator
  public PanelList(
      @JsonProperty("list") List<T> list,
      @JsonProperty("size") Long size,
      @JsonProperty("last_notify") Long lastNotify) {
    this.list = list == null ? List.of() : List.copyOf(list);
    this.size = size;
    this.lastNotify = lastNotify;
  }

  /** The elements of this page. */
  public List<T> list() {
    return list;
  }

  /** How many elements match the filter in all pages, when the panel says. */
  public OptionalLong size() {
    return size == null ? OptionalLong.empty() : OptionalLong.of(size);
  }

  /** The panel's change counter at the time of the answer, when it gives one. */
  public OptionalLong lastNotify() {
    return lastNotify == null ? OptionalLong.empty() : OptionalLong.of(lastNotify);
  }

  @Override
  public String toString() {
    return "PanelList{" + list.size() + " of " + (size == null ? "?" : size) + "}";
  }
}
