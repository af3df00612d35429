package com.classbook.identity.application.port.in;

import java.util.List;
import java.util.Map;

/** Publishes the public keys that verify access tokens, as a JSON Web Key set. */
public interface PublishSigningKeysUseCase {
  List<Map<String, Object>> publicKeys();
}
