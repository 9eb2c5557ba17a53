package dev.ispkit.client.core.transport;

import com.fasterxml.jackson.annotation.JsonProperty;
import feign.Param;
import feign.RequestLine;
import java.util.Map;

/** Auth v4, the login service DCImanager 6 and VMmanager 6 share. */
interface AuthV4Api {
  /** Logs in with a password; the panel answers 201 (200 is accepted too). */
  @RequestLine("POST /auth/v4/public/token")
  TokenAnswer login(LoginRequest request);

  /** Creates a one-time login key for a user, by email or id; needs an administrator's session. */
  @RequestLine("POST /auth/v4/user/{user}/key")
  KeyAnswer key(@Param("user") String user, Map<String, Object> empty);

  /** The login body. */
  record LoginRequest(String email, String password) {
    // A record prints every component; this one carries the password.
    @Override
    public String toString() {
      return "LoginRequest[email=" + email + ", password=" + Redaction.MASK + "]";
    }
  }

  /** The login answer; only the token is relied on. */
  record TokenAnswer(
      String id,
      String token,
      @JsonProperty("expires_at") String expiresAt,
      Boolean confirmed) {
    @Override
    public String toString() {
      return "TokenAnswer[id=" + id + ", token=" + Redaction.MASK + ", expiresAt=" + expiresAt + ", confirmed="
          + confirmed + "]";
    }
  }

  /** The key answer: {@code {"id":"4","key":"4-74e7c0e9-..."}}. */
  record KeyAnswer(String id, String key) {
    @Override
    public String toString() {
      return "KeyAnswer[id=" + id + ", key=" + Redaction.MASK + "]";
    }
  }
}
