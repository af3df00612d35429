package com.classbook.booking.adapter.out.persistence;

import com.classbook.booking.application.port.out.MemberNames;
import com.classbook.booking.domain.MemberName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The member-name replica in MySQL. */
@ApplicationScoped
public class MemberNamePersistenceAdapter implements MemberNames {

  @Override
  public Uni<Void> upsert(MemberName name, Instant now) {
    return NativeSql.update(
            "INSERT INTO member_name_replica (user_id, first_name, last_name, updated_at)"
                + " VALUES (?1, ?2, ?3, ?4)"
                + " ON DUPLICATE KEY UPDATE first_name = ?5, last_name = ?6, updated_at = ?7",
            name.userId(),
            name.firstName(),
            name.lastName(),
            now,
            name.firstName(),
            name.lastName(),
            now)
        .replaceWithVoid();
  }

  @Override
  public Uni<Map<String, MemberName>> find(Collection<String> userIds) {
    List<String> ids = userIds.stream().distinct().toList();
    if (ids.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    StringBuilder in = new StringBuilder();
    for (int i = 1; i <= ids.size(); i++) {
      in.append(i == 1 ? "?" : ", ?").append(i);
    }
    return NativeSql.rows(
            "SELECT user_id, first_name, last_name FROM member_name_replica WHERE user_id IN ("
                + in
                + ")",
            ids.toArray())
        .map(
            rows ->
                rows.stream()
                    .map(
                        r ->
                            new MemberName(
                                r.text("user_id"), r.text("first_name"), r.text("last_name")))
                    .collect(Collectors.toMap(MemberName::userId, Function.identity())));
  }
}
