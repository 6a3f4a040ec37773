package vn.langnghe.market.platform;

import java.util.List;
import java.util.function.Function;

/** The list shape of the API: {total, page, size, items}. */
public record Page<T>(long total, int page, int size, List<T> items) {

  public static final int DEFAULT_SIZE = 24;
  public static final int MAX_SIZE = 100;

  public <R> Page<R> map(Function<T, R> mapping) {
    return new Page<>(total, page, size, items.stream().map(mapping).toList());
  }

  /** A validated page request; bad values are the client's mistake, not ours. */
  public record Request(int page, int size) {
    public static Request of(String page, String size) {
      int p = QueryParams.intOrDefault("page", page, 0);
      int s = QueryParams.intOrDefault("size", size, DEFAULT_SIZE);
      if (p < 0 || p > 10_000) {
        throw new Problems.InvalidInputException("page", "must be between 0 and 10000");
      }
      if (s < 1 || s > MAX_SIZE) {
        throw new Problems.InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
      }
      return new Request(p, s);
    }

    public int offset() {
      return page * size;
    }
  }
}
