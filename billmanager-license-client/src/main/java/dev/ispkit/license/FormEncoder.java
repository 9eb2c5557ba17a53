package dev.ispkit.license;

import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes a call's fields as a form body, so nothing (least of all a password) goes into the URL. */
final class FormEncoder implements Encoder {
  @Override
  public void encode(Object object, Type bodyType, RequestTemplate template) {
    if (!(object instanceof Map)) {
      throw new EncodeException("BILLmanager calls are forms; got " + (object == null ? "null" : object.getClass()));
    }
    @SuppressWarnings("unchecked")
    Map<String, String> fields = (Map<String, String>) object;
    template.removeHeader("Content-Type");
    template.header("Content-Type", Form.CONTENT_TYPE);
    template.body(Form.encode(fields), StandardCharsets.UTF_8);
  }
}
