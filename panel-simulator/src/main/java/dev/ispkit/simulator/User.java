package dev.ispkit.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** An account of the shared auth service: DCImanager shows it as a user, VMmanager as an account. */
final class User {
  final long id;
  final String email;
  String password;
  String fullName;
  String phoneNumber;
  final List<String> roles = new ArrayList<>();
  String state = "active";

  User(long id, String email, String password, String role) {
    this.id = id;
    this.email = email;
    this.password = password;
    this.fullName = "";
    this.phoneNumber = "";
    this.roles.add(role);
  }

  ObjectNode authJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("email", email);
    node.put("full_name", fullName);
    node.put("phone_number", phoneNumber);
    node.put("state", state);
    node.put("auth_source", "local");
    roles.forEach(node.putArray("roles")::add);
    return node;
  }
}
