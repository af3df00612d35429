import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads demo data through the gateway, as the back office and a member would: packages per country, a week of
 * classes in several countries, a verified demo member with a package. Safe to run again (skips what exists).
 * Usage: java DemoData.java <gatewayUrl> <adminEmail> <adminPassword> <mailDir>
 */
public class DemoData {
  record Country(String code, String currency, String zone, String city) {}

  static final List<Country> COUNTRIES =
      List.of(
          new Country("SG", "SGD", "Asia/Singapore", "Singapore"),
          new Country("MY", "MYR", "Asia/Kuala_Lumpur", "Kuala Lumpur"),
          new Country("TH", "THB", "Asia/Bangkok", "Bangkok"),
          new Country("JP", "JPY", "Asia/Tokyo", "Tokyo"),
          new Country("GB", "GBP", "Europe/London", "London"),
          new Country("US", "USD", "America/New_York", "New York"));
  static final String[][] PACKAGES = {{"Starter 5", "5", "30", "49"}, {"Regular 10", "10", "60", "89"}, {"Studio 25", "25", "90", "199"}};
  static final String[][] SLOTS = {{"07:00", "Sunrise Yoga", "8", "1"}, {"12:15", "Lunch HIIT", "12", "2"}, {"18:30", "Evening Pilates", "10", "2"}};
  static final String DEMO_EMAIL = "demo@example.com";
  static final String DEMO_PASSWORD = "Demo123456!";
  static final String STAFF_EMAIL = "staff@example.com";
  static final String STAFF_PASSWORD = "Staff123456!";

  static final HttpClient HTTP = HttpClient.newHttpClient();
  static String gateway;

  public static void main(String[] args) throws Exception {
    gateway = args[0];
    String admin = token(call("POST", "/api/v1/auth/login", null, json("email", args[1], "password", args[2])), 200);
    int packages = 0, classes = 0;
    for (Country country : COUNTRIES) {
      String existing = call("GET", "/api/v1/packages?country=" + country.code, null, null).body();
      for (String[] p : PACKAGES) {
        if (!existing.contains("\"" + p[0] + "\"")) {
          String price = country.currency.equals("JPY") ? String.valueOf(Integer.parseInt(p[3]) * 100) : p[3] + ".00";
          expect(call("POST", "/api/v1/packages", admin,
              "{\"name\":\"" + p[0] + "\",\"credits\":" + p[1] + ",\"price\":\"" + price + "\",\"currency\":\"" + country.currency
                  + "\",\"countryCode\":\"" + country.code + "\",\"validityDays\":" + p[2] + "}"), 201);
          packages++;
        }
      }
    }
    for (Country country : List.of(COUNTRIES.get(0), COUNTRIES.get(3), COUNTRIES.get(4), COUNTRIES.get(5))) {
      ZoneId zone = ZoneId.of(country.zone);
      LocalDate today = LocalDate.now(zone);
      ZonedDateTime from = today.plusDays(1).atStartOfDay(zone);
      ZonedDateTime to = today.plusDays(8).atStartOfDay(zone);
      String listed = call("GET", "/api/v1/classes?country=" + country.code + "&from=" + from.toInstant() + "&to=" + to.toInstant() + "&size=100", null, null).body();
      for (int d = 1; d <= 7; d++) {
        LocalDate day = today.plusDays(d);
        for (String[] slot : SLOTS) {
          if (day.getDayOfWeek() == DayOfWeek.SUNDAY && slot[0].equals("12:15")) {
            continue;
          }
          ZonedDateTime start = day.atTime(LocalTime.parse(slot[0])).atZone(zone);
          String title = slot[1] + " " + country.city;
          if (listed.contains("\"startTime\":\"" + start.toInstant() + "\"")) {
            continue;
          }
          expect(call("POST", "/api/v1/classes", admin,
              "{\"title\":\"" + title + "\",\"description\":\"" + slot[1] + " with our " + country.city + " team\",\"countryCode\":\"" + country.code
                  + "\",\"startTime\":\"" + start.toInstant() + "\",\"endTime\":\"" + start.plusMinutes(60).toInstant() + "\",\"capacity\":" + slot[2]
                  + ",\"requiredCredits\":" + slot[3] + "}"), 201);
          classes++;
        }
      }
    }
    String member = verifiedAccount(args[3], DEMO_EMAIL, DEMO_PASSWORD, "Demo", "Member");
    String staff = verifiedAccount(args[3], STAFF_EMAIL, STAFF_PASSWORD, "Sam", "Desk");
    expect(call("PATCH", "/api/v1/users/" + first(call("GET", "/api/v1/users/me", staff, null).body(), "id") + "/role", admin,
        json("role", "STAFF")), 200);
    String owned = call("GET", "/api/v1/me/packages", member, null).body();
    if (!owned.contains("\"id\"")) {
      String sgPackages = call("GET", "/api/v1/packages?country=SG", null, null).body();
      Matcher regular = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"name\":\"Regular 10\"").matcher(sgPackages);
      String packageId = regular.find() ? regular.group(1) : first(sgPackages, "id");
      for (int attempt = 0; attempt < 100; attempt++) {
        HttpResponse<String> bought = call("POST", "/api/v1/purchases", member, json("packageId", packageId, "paymentToken", "tok_visa"));
        if (bought.statusCode() == 201) {
          break;
        }
        Thread.sleep(200); // the booking service learns new packages from the catalog's topic a moment later
      }
    }
    System.out.printf("    demo data: %d packages and %d classes added (6 countries, a week of classes in SG, JP, GB, US)%n", packages, classes);
    System.out.printf("    demo member: %s / %s (verified, owns a package in SG)%n", DEMO_EMAIL, DEMO_PASSWORD);
    System.out.printf("    studio staff: %s / %s (rosters, check-in, occupancy)%n", STAFF_EMAIL, STAFF_PASSWORD);
  }

  /** Signs in the account, registering and verifying it from its mail first if needed; returns an access token. */
  static String verifiedAccount(String mailDir, String email, String password, String firstName, String lastName) throws Exception {
    HttpResponse<String> login = call("POST", "/api/v1/auth/login", null, json("email", email, "password", password));
    if (login.statusCode() == 200) {
      return first(login.body(), "accessToken");
    }
    if (login.statusCode() == 401) {
      expect(call("POST", "/api/v1/auth/register", null, json("email", email, "password", password, "firstName", firstName,
          "lastName", lastName, "countryCode", "SG")), 201);
    } else {
      call("POST", "/api/v1/auth/resend-verification", null, json("email", email));
    }
    String token = null;
    for (int attempt = 0; attempt < 150 && token == null; attempt++) {
      token = newestToken(Path.of(mailDir), email);
      if (token == null) {
        Thread.sleep(200);
      }
    }
    if (token == null) {
      throw new IllegalStateException("no verification mail for " + email + " in " + mailDir);
    }
    expect(call("POST", "/api/v1/auth/verify-email", null, json("token", token)), 204);
    return token(call("POST", "/api/v1/auth/login", null, json("email", email, "password", password)), 200);
  }

  static String newestToken(Path dir, String email) throws Exception {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted(Comparator.comparing(DemoData::modified).reversed()).toList()) {
        String text = Files.readString(file);
        Matcher m = Pattern.compile("token=([A-Za-z0-9_\\-]+)").matcher(text);
        if (text.contains("To: " + email) && text.toLowerCase().contains("verif") && m.find()) {
          return m.group(1);
        }
      }
    }
    return null;
  }

  static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (Exception e) {
      return 0;
    }
  }

  static String token(HttpResponse<String> response, int status) {
    expect(response, status);
    return first(response.body(), "accessToken");
  }

  static String first(String body, String field) {
    Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no " + field + " in " + body);
    }
    return m.group(1);
  }

  static void expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " -> " + response.statusCode() + " " + response.body());
    }
  }

  static String json(String... pairs) {
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.add("\"" + pairs[i] + "\":\"" + pairs[i + 1] + "\"");
    }
    return "{" + String.join(",", fields) + "}";
  }

  static HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
