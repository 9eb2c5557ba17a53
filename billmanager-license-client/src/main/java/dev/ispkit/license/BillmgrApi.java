package dev.ispkit.license;

import com.fasterxml.jackson.databind.JsonNode;
import feign.RequestLine;
import java.util.Map;

/**
 * BILLmanager's func API: every function is a POST of a form to the base URL itself (for example {@code
 * https://api.ispsystem.com/manager/billmgr}), and every answer a {@code doc}.
 */
interface BillmgrApi {
  /**
   * Calls one function.
   *
   * @param form the form fields, {@code func} first; the authenticator adds its own
   * @return the answer's {@code doc} object, once it is known not to be an error
   */
  @RequestLine("POST")
  JsonNode call(Map<String, String> form);
}
