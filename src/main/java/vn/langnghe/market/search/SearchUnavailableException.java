package vn.langnghe.market.search;

import vn.langnghe.market.platform.ProblemException;

/** 503: Solr does not answer; the rest of the marketplace still works. */
public class SearchUnavailableException extends ProblemException {
  public SearchUnavailableException() {
    super(503, "Search unavailable",
        "Search is unavailable for a moment; browse the craft villages and shops meanwhile.");
  }
}
