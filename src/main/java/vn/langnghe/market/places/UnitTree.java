package vn.langnghe.market.places;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.langnghe.market.places.AdministrativeUnit.Level;
import vn.langnghe.market.places.PlaceViews.LookupItem;
import vn.langnghe.market.places.PlaceViews.MatchedFormer;
import vn.langnghe.market.platform.VietnameseText;

/**
 * Every administrative unit of the country, former and current, with who went into whom, held in
 * memory (some 15,000 units: units change only by migration) and searched by accent-free name.
 * Built for one day: "current" means in force on that day.
 */
final class UnitTree {

  /** At most this many communes answer a lookup. */
  static final int MAX_MATCHES = 20;

  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

  /** Words that name a unit's type, longest first, as typed without accents (and abbreviated). */
  private static final List<String> TYPE_WORDS = List.of("thanh pho", "thi tran", "thi xa", "dac khu",
      "phuong", "huyen", "quan", "tinh", "xa", "tp", "tx", "tt", "q", "h", "p", "x");

  /** What people call a province besides its name. */
  private static final Map<String, String> NICKNAMES = Map.of("hcm", "ho chi minh", "tphcm", "ho chi minh",
      "sai gon", "ho chi minh", "saigon", "ho chi minh", "hn", "ha noi");

  record Row(long id, String code, String name, String type, Level level, Long parentId,
      LocalDate validFrom, LocalDate validTo) {}

  record SuccessionRow(long formerId, long successorId, boolean whole) {}

  record Link(Node unit, boolean whole) {}

  static final class Node implements Unit {
    private final Row row;
    private Node parent;
    private final List<Node> children = new ArrayList<>();
    private final List<Link> predecessors = new ArrayList<>();
    private final List<Link> successors = new ArrayList<>();
    /** "Phường Ba Đình" → "ba dinh"; "Phường 4" → "4". */
    final String key;
    /** "Phường Ba Đình" → "phuong ba dinh". */
    final String fullKey;

    Node(Row row) {
      this.row = row;
      this.fullKey = normal(row.name());
      String type = normal(row.type());
      this.key = !type.isEmpty() && fullKey.startsWith(type + " ") ? fullKey.substring(type.length() + 1) : fullKey;
    }

    @Override public String code() {
      return row.code();
    }

    @Override public String name() {
      return row.name();
    }

    @Override public String type() {
      return row.type();
    }

    @Override public Level level() {
      return row.level();
    }

    @Override public Node parent() {
      return parent;
    }

    LocalDate validFrom() {
      return row.validFrom();
    }

    LocalDate validTo() {
      return row.validTo();
    }

    List<Link> predecessors() {
      return predecessors;
    }

    List<Link> successors() {
      return successors;
    }

    boolean isValidOn(LocalDate day) {
      return (row.validFrom() == null || !row.validFrom().isAfter(day))
          && (row.validTo() == null || !row.validTo().isBefore(day));
    }
  }

  /** A name the lookup knows: a current commune, or a former unit that went into current ones. */
  private record Entry(Node unit, boolean current, List<Node> places) {}

  private final LocalDate day;
  private final Map<String, List<Node>> byCode = new HashMap<>();
  private final List<Node> provinces = new ArrayList<>();
  private final NavigableMap<String, List<Entry>> names = new TreeMap<>();
  private final Comparator<Node> byName;

  UnitTree(List<Row> rows, List<SuccessionRow> successions, LocalDate day) {
    this.day = day;
    Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
    this.byName = Comparator.comparing(Node::name, collator).thenComparing(Node::code);
    Map<Long, Node> byId = new HashMap<>();
    for (Row row : rows) {
      Node node = new Node(row);
      byId.put(row.id(), node);
      byCode.computeIfAbsent(row.code(), c -> new ArrayList<>(2)).add(node);
      if (row.level() == Level.PROVINCE) {
        provinces.add(node);
      }
    }
    for (Node node : byId.values()) {
      if (node.row.parentId() != null) {
        node.parent = byId.get(node.row.parentId());
        node.parent.children.add(node);
      }
    }
    for (SuccessionRow s : successions) {
      Node former = byId.get(s.formerId());
      Node successor = byId.get(s.successorId());
      former.successors.add(new Link(successor, s.whole()));
      successor.predecessors.add(new Link(former, s.whole()));
    }
    provinces.sort(Comparator.comparing(Node::code).thenComparing(n -> n.validFrom() == null ? LocalDate.MIN : n.validFrom()));
    for (Node node : byId.values()) {
      node.children.sort(byName);
      Entry entry = entry(node);
      if (entry != null) {
        names.computeIfAbsent(node.key, k -> new ArrayList<>()).add(entry);
      }
    }
  }

  LocalDate day() {
    return day;
  }

  /**
   * Provinces (no parent code) or the units under any unit with that code, valid on the day (a
   * code may name a former and a current unit). {@code q} keeps those whose name holds its words,
   * accents optional. Null when no unit has that code (or only one without units under it that
   * was not in force on the day).
   */
  List<Node> children(String parentCode, LocalDate on, String q) {
    List<Node> units = new ArrayList<>();
    if (parentCode == null) {
      provinces.stream().filter(p -> p.isValidOn(on)).forEach(units::add);
    } else {
      List<Node> parents = byCode.get(parentCode);
      if (parents == null
          || parents.stream().noneMatch(p -> p.isValidOn(on) || !p.children.isEmpty())) {
        return null;
      }
      for (Node parent : parents) {
        if (parent.isValidOn(on)) {
          parent.children.stream().filter(c -> c.isValidOn(on)).forEach(units::add);
        }
      }
      if (parents.size() > 1) {
        units.sort(byName);
      }
    }
    String words = q == null ? "" : normal(q);
    return words.isEmpty() ? units : units.stream().filter(u -> u.fullKey.contains(words)).toList();
  }

  /**
   * The current communes a free-text address names, directly or through a former unit. Parts after
   * a comma narrow by district or province; without commas the words after a name may do the same
   * ("hong thai kien xuong"). A name matches whole, or as the start of a name while it is typed.
   */
  List<LookupItem> lookup(String q) {
    List<String> parts = new ArrayList<>();
    for (String part : q.split("[,;]")) {
      String words = normal(part);
      if (!words.isEmpty()) {
        parts.add(words);
      }
    }
    if (parts.isEmpty()) {
      return List.of();
    }
    List<List<String>> narrowing = parts.subList(1, parts.size()).stream().map(UnitTree::variants).toList();
    Map<Entry, Integer> found = new LinkedHashMap<>();
    for (String head : variants(parts.get(0))) {
      String[] words = head.split(" ");
      // the longest run of words that names a unit, the rest narrowing it
      for (int k = words.length; k >= 1; k--) {
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
        Map<String, List<Entry>> candidates = rest.isEmpty()
            ? names.subMap(name, true, name + Character.MAX_VALUE, false)
            : names.containsKey(name) ? Map.of(name, names.get(name)) : Map.of();
        boolean any = false;
        for (var named : candidates.entrySet()) {
          int score = named.getKey().equals(name) ? 0 : 1;
          for (Entry entry : named.getValue()) {
            if (matchesRest(entry.places(), rest) && narrowing.stream().allMatch(n -> matchesPart(entry.places(), n))) {
              found.merge(entry, score, Math::min);
              any = true;
            }
          }
        }
        if (any) {
          break;
        }
      }
    }
    List<Map.Entry<Entry, Integer>> ranked = new ArrayList<>(found.entrySet());
    ranked.sort(Comparator.<Map.Entry<Entry, Integer>>comparingInt(Map.Entry::getValue)
        .thenComparing(e -> !e.getKey().current())
        .thenComparing(e -> e.getKey().unit().key)
        .thenComparing(e -> e.getKey().unit().code()));
    Map<String, LookupItem> items = new LinkedHashMap<>();
    for (var match : ranked) {
      Entry entry = match.getKey();
      if (entry.current()) {
        items.putIfAbsent(entry.unit().code(), item(entry.unit(), null));
      } else {
        entry.unit().successors.stream()
            .filter(link -> isCurrentCommune(link.unit()))
            .sorted(Comparator.comparing(Link::unit, byName))
            .forEach(link -> items.putIfAbsent(link.unit().code() + "<" + entry.unit().code(),
                item(link.unit(), former(entry.unit(), link.whole()))));
      }
      if (items.size() >= MAX_MATCHES) {
        break;
      }
    }
    return items.values().stream().limit(MAX_MATCHES).toList();
  }

  private Entry entry(Node node) {
    if (isCurrentCommune(node)) {
      // a current commune narrowed by its province, or by a district or province it came from
      Set<Node> places = new LinkedHashSet<>();
      places.add(node.parent);
      for (Link former : node.predecessors) {
        addAncestors(places, former.unit());
      }
      places.remove(null);
      return new Entry(node, true, List.copyOf(places));
    }
    boolean former = node.validTo() != null && node.validTo().isBefore(day)
        && (node.level() == Level.COMMUNE || node.level() == Level.DISTRICT);
    if (!former || node.successors.stream().noneMatch(link -> isCurrentCommune(link.unit()))) {
      return null;
    }
    Set<Node> places = new LinkedHashSet<>();
    addAncestors(places, node);
    for (Link successor : node.successors) {
      places.add(successor.unit().parent);
    }
    places.remove(null);
    return new Entry(node, false, List.copyOf(places));
  }

  private static void addAncestors(Set<Node> places, Node unit) {
    for (Node up = unit.parent; up != null; up = up.parent) {
      places.add(up);
    }
  }

  private boolean isCurrentCommune(Node node) {
    return node.level() == Level.COMMUNE && node.isValidOn(day);
  }

  private static LookupItem item(Node commune, MatchedFormer former) {
    Node province = commune.parent;
    return new LookupItem(commune.code(), commune.name(), province == null ? null : province.code(),
        province == null ? null : province.name(), former);
  }

  private static MatchedFormer former(Node unit, boolean whole) {
    Node district = unit.parent != null && unit.parent.level() == Level.DISTRICT ? unit.parent : null;
    Node province = district != null ? district.parent : unit.parent;
    return new MatchedFormer(unit.code(), unit.name(), district == null ? null : district.name(),
        province == null ? null : province.name(), whole);
  }

  /** Words after the name: one place ("kien xuong") or two ("kien xuong thai binh"), in order. */
  private static boolean matchesRest(List<Node> places, String rest) {
    if (rest.isEmpty()) {
      return true;
    }
    for (Node first : places) {
      for (String form : forms(first)) {
        if (form.startsWith(rest)) {
          return true;
        }
        if (rest.startsWith(form + " ")) {
          String more = rest.substring(form.length() + 1);
          for (Node second : places) {
            if (second != first && forms(second).stream().anyMatch(f -> f.startsWith(more))) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean matchesPart(List<Node> places, List<String> variants) {
    for (Node place : places) {
      for (String form : forms(place)) {
        for (String variant : variants) {
          if (form.startsWith(variant)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static List<String> forms(Node place) {
    return List.of(place.key, place.fullKey);
  }

  /** The words as typed, without a leading type word, and a province's nickname spelt out. */
  private static List<String> variants(String words) {
    Set<String> variants = new LinkedHashSet<>();
    variants.add(words);
    for (String type : TYPE_WORDS) {
      if (words.startsWith(type + " ")) {
        variants.add(words.substring(type.length() + 1));
        break;
      }
    }
    for (String variant : List.copyOf(variants)) {
      String nickname = NICKNAMES.get(variant);
      if (nickname != null) {
        variants.add(nickname);
      }
    }
    return List.copyOf(variants);
  }

  /** "Phường Ba Đình" → "phuong ba dinh"; "Ea H'Leo" → "ea h leo". */
  static String normal(String text) {
    return text == null ? "" : NOT_WORD.matcher(VietnameseText.fold(text)).replaceAll(" ").trim();
  }
}
