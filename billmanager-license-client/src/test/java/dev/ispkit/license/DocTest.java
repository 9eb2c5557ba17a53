package dev.ispkit.license;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ispkit.client.core.transport.PanelJson;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The shapes of BILLmanager's JSON documents, and the variants seen in the wild. */
final class DocTest {
  private static final ObjectMapper MAPPER = PanelJson.newMapper();

  private static JsonNode json(String text) throws Exception {
    return MAPPER.readTree(text.replace('\'', '"'));
  }

  @Test
  void readsTextAttributesAndBareValues() throws Exception {
    JsonNode auth = json("{'$id':'s1','$level':'16','$':'s1'}");
    JsonNode doc = json("{'ip':{'$':'192.0.2.10'},'plain':'text','number':42,'empty':{},'list':[{'$':'first'}]}");

    assertThat(Doc.text(auth, "$id")).contains("s1");
    assertThat(Doc.text(doc, "ip")).contains("192.0.2.10");
    assertThat(Doc.text(doc, "plain")).contains("text");
    assertThat(Doc.text(doc, "number")).contains("42");
    assertThat(Doc.text(doc, "empty")).contains("");
    assertThat(Doc.nonBlank(doc, "empty")).isEmpty();
    assertThat(Doc.text(doc, "list")).contains("first");
    assertThat(Doc.text(doc, "absent")).isEmpty();
  }

  @Test
  void elemMayBeAnArrayAnObjectOrAbsent() throws Exception {
    assertThat(Doc.elems(json("{'elem':[{'id':{'$':'1'}},{'id':{'$':'2'}}]}"))).hasSize(2);
    assertThat(Doc.elems(json("{'elem':{'id':{'$':'1'}}}"))).hasSize(1);
    assertThat(Doc.elems(json("{'ok':{}}"))).isEmpty();
  }

  @Test
  void datesToleratePanelVariants() throws Exception {
    JsonNode doc = json("{'a':{'$':'2026-12-01'},'b':{'$':'2026-12-01 10:15:00'},'c':{'$':'0000-00-00'},"
        + "'d':{'$':'soon'},'e':{'$':''}}");

    assertThat(Doc.date(doc, "a")).contains(LocalDate.of(2026, 12, 1));
    assertThat(Doc.date(doc, "b")).contains(LocalDate.of(2026, 12, 1));
    assertThat(Doc.date(doc, "c")).isEmpty();
    assertThat(Doc.date(doc, "d")).isEmpty();
    assertThat(Doc.date(doc, "e")).isEmpty();
    assertThat(Doc.dateTime(doc, "a")).contains(LocalDateTime.of(2026, 12, 1, 0, 0));
    assertThat(Doc.dateTime(doc, "b")).contains(LocalDateTime.of(2026, 12, 1, 10, 15));
    assertThat(Doc.dateTime(doc, "c")).isEmpty();
  }
}
