package vn.langnghe.market.addresses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.langnghe.market.addresses.AddressViews.AddressRequest;
import vn.langnghe.market.addresses.AddressViews.AddressView;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.places.Places;
import vn.langnghe.market.platform.IdempotentRequests;
import vn.langnghe.market.platform.PhoneNumbers;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.VietnameseText;

/**
 * A shopper's address book. Every change first locks the shopper's addresses, so two tabs saving
 * at once still leave exactly one default.
 */
@ApplicationScoped
@Transactional
public class AddressBook {

  /** Home, work, parents, a shop or two: more is a list nobody scrolls at checkout. */
  public static final int MAX_ADDRESSES = 10;

  @PersistenceContext EntityManager em;
  @Inject Places places;
  @Inject Clock clock;
  @Inject IdempotentRequests idempotency;

  /** The default first, then in the order they were saved. */
  public List<AddressView> list(Caller shopper) {
    return addressesOf(shopper, false).stream().map(this::view).toList();
  }

  /** With an {@code Idempotency-Key} ({@code claim}), a repeat answers the address the first saved. */
  public AddressView add(Caller shopper, AddressRequest request, IdempotentRequests.Claim claim) {
    if (claim != null) {
      Optional<Long> earlier = idempotency.claim(claim);
      if (earlier.isPresent()) {
        return view(own(addressesOf(shopper, false), earlier.get()));
      }
    }
    List<SavedAddress> book = addressesOf(shopper, true);
    if (book.size() >= MAX_ADDRESSES) {
      throw new Problems.ConflictException("The address book is full (" + MAX_ADDRESSES
          + " addresses): edit or delete one first.");
    }
    SavedAddress address = new SavedAddress(shopper.accountId(), clock.instant());
    describe(address, request);
    em.persist(address);
    if (book.isEmpty() || Boolean.TRUE.equals(request.isDefault())) {
      makeDefault(book, address);
    }
    em.flush();
    if (claim != null) {
      idempotency.remember(claim, address.id());
    }
    return view(address);
  }

  /**
   * Saves the new details. {@code isDefault: true} makes it the default; {@code false} on the
   * default hands that role to the oldest other address (the only address stays the default).
   */
  public AddressView update(Caller shopper, long id, AddressRequest request) {
    List<SavedAddress> book = addressesOf(shopper, true);
    SavedAddress address = own(book, id);
    describe(address, request);
    if (Boolean.TRUE.equals(request.isDefault()) && !address.isDefault()) {
      makeDefault(book, address);
    } else if (Boolean.FALSE.equals(request.isDefault()) && address.isDefault()) {
      book.stream().filter(a -> a != address).findFirst().ifPresent(other -> makeDefault(book, other));
    }
    em.flush();
    return view(address);
  }

  /** Deleting the default makes the oldest remaining address the default. */
  public void delete(Caller shopper, long id) {
    List<SavedAddress> book = addressesOf(shopper, true);
    SavedAddress address = own(book, id);
    em.remove(address);
    em.flush();
    if (address.isDefault()) {
      book.stream().filter(a -> a != address).findFirst().ifPresent(SavedAddress::makeDefault);
    }
  }

  private void describe(SavedAddress address, AddressRequest request) {
    String communeCode = request.communeCode();
    places.currentCommune(communeCode).orElseThrow(() -> new Problems.InvalidInputException(
        "communeCode", "is not a commune we deliver to (use a current commune code)"));
    address.describe(VietnameseText.clean(request.name()),
        PhoneNumbers.vietnamese(request.phone(), "phone"), VietnameseText.clean(request.line1()),
        communeCode);
  }

  /** The old default is cleared and written first: the database allows one default at a time. */
  private void makeDefault(List<SavedAddress> book, SavedAddress address) {
    book.stream().filter(SavedAddress::isDefault).forEach(SavedAddress::clearDefault);
    em.flush();
    address.makeDefault();
  }

  /** Oldest first; locked for writing when {@code lock}. */
  private List<SavedAddress> addressesOf(Caller shopper, boolean lock) {
    var query = em.createQuery("select a from SavedAddress a where a.accountId = :owner order by a.id",
            SavedAddress.class)
        .setParameter("owner", shopper.accountId());
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    List<SavedAddress> book = query.getResultList();
    if (!lock) {
      return book.stream()
          .sorted((a, b) -> Boolean.compare(b.isDefault(), a.isDefault()))
          .toList();
    }
    return book;
  }

  /** The shopper's own address; someone else's is "not found", never "forbidden". */
  private static SavedAddress own(List<SavedAddress> book, long id) {
    return book.stream().filter(a -> a.id() == id).findFirst()
        .orElseThrow(() -> new Problems.NotFoundException("Address " + id));
  }

  private AddressView view(SavedAddress address) {
    return AddressView.of(address, places.currentCommune(address.communeCode()).orElse(null));
  }
}
