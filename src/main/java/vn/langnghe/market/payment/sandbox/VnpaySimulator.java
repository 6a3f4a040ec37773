package vn.langnghe.market.payment.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.payment.vnpay.VnpayApiReply;
import vn.langnghe.market.payment.vnpay.VnpayFormats;
import vn.langnghe.market.payment.vnpay.VnpaySignature;

/**
 * VNPay's side of the protocol, for the demo run and the tests: checks a signed pay URL the way
 * VNPay does, lets the shopper pay, cancel or run out of funds, sends the signed IPN from the
 * server side, sends the browser back to the return URL, and answers querydr and refund. It
 * signs with the configured merchant secret, as VNPay signs with the secret it shares with us.
 * Its transactions live in memory: they are the gateway's records, not ours.
 */
@ApplicationScoped
public class VnpaySimulator {

  /** What the shopper does on the pay page; the codes are VNPay's. */
  public enum Action {
    PAY("00", "00"), CANCEL("24", "02"), INSUFFICIENT_FUNDS("51", "02");

    final String responseCode;
    final String transactionStatus;

    Action(String responseCode, String transactionStatus) {
      this.responseCode = responseCode;
      this.transactionStatus = transactionStatus;
    }
  }

  /** A pay request as the page shows it, or why it cannot be paid. */
  public record PayPage(String txnRef, long amountVnd, String orderInfo, Instant expiresAt,
      String error) {}

  /** Where the browser goes next, and what our IPN endpoint answered (null when not sent). */
  public record Paid(String returnUrl, String ipnAnswer) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> QUERY_HASHED = List.of("vnp_RequestId", "vnp_Version",
      "vnp_Command", "vnp_TmnCode", "vnp_TxnRef", "vnp_TransactionDate", "vnp_CreateDate",
      "vnp_IpAddr", "vnp_OrderInfo");
  private static final List<String> REFUND_HASHED = List.of("vnp_RequestId", "vnp_Version",
      "vnp_Command", "vnp_TmnCode", "vnp_TransactionType", "vnp_TxnRef", "vnp_Amount",
      "vnp_TransactionNo", "vnp_TransactionDate", "vnp_CreateBy", "vnp_CreateDate", "vnp_IpAddr",
      "vnp_OrderInfo");

  @Inject @ConfigProperty(name = "market.vnpay.tmn-code") Optional<String> tmnCode;
  @Inject @ConfigProperty(name = "market.vnpay.hash-secret") Optional<String> hashSecret;
  @Inject @ConfigProperty(name = "market.public-url") String publicUrl;
  @Inject @ConfigProperty(name = "market.vnpay.timeout") java.time.Duration clientTimeout;
  @Inject Clock clock;

  /** How the merchant API misbehaves: answer 500, or do the work and answer past our timeout. */
  public enum Fault { NONE, ERROR, TIMEOUT }

  private volatile Fault fault = Fault.NONE;

  public void fault(Fault mode) {
    fault = mode;
  }

  public Fault fault() {
    return fault;
  }

  /** True when the fault switch says the merchant API answers 500 instead. */
  public boolean failing() {
    return fault == Fault.ERROR;
  }

  /**
   * With the timeout switch on, the API has done its work (a refund is taken) and answers only
   * after the caller gave up: the caller must then not refund twice when it asks again.
   */
  public void linger() {
    if (fault != Fault.TIMEOUT) {
      return;
    }
    try {
      Thread.sleep(clientTimeout.plusSeconds(1).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private final Map<String, Transaction> transactions = new ConcurrentHashMap<>();
  private final Map<String, String> refundAnswers = new ConcurrentHashMap<>();
  private final Map<String, List<RefundSeen>> refundsSeen = new ConcurrentHashMap<>();
  /** Every arrival of each request id, the repeats VNPay answers from memory included. */
  private final Map<String, java.util.concurrent.atomic.AtomicInteger> refundArrivals =
      new ConcurrentHashMap<>();

  /**
   * One refund request as VNPay took it: type 02 (full) or 03 (partial), amount, answer code,
   * and how many times a request with this id came (a node sending the same refund again).
   */
  public record RefundSeen(String requestId, String transactionType, long amountVnd, String responseCode,
      int received) {}

  /** The refund requests accepted or refused on one transaction, in the order they came. */
  public List<RefundSeen> refundsOf(String txnRef) {
    return refundsSeen.getOrDefault(txnRef, List.of()).stream()
        .map(seen -> new RefundSeen(seen.requestId(), seen.transactionType(), seen.amountVnd(),
            seen.responseCode(), refundArrivals.get(seen.requestId()).get()))
        .toList();
  }
  private final AtomicLong transactionNumbers = new AtomicLong(14_000_000L + System.nanoTime() % 1_000_000L);
  private final CallbackSender sender = new CallbackSender();

  /** One payment as VNPay keeps it. */
  private static final class Transaction {
    final String txnRef;
    final long amountVnd;
    final String transactionNo;
    final String createDate;
    final String payDate;
    final String bankCode;
    final Action action;
    final String ipnQuery;
    long refundedVnd;

    Transaction(String txnRef, long amountVnd, String transactionNo, String createDate,
        String payDate, String bankCode, Action action, String ipnQuery) {
      this.txnRef = txnRef;
      this.amountVnd = amountVnd;
      this.transactionNo = transactionNo;
      this.createDate = createDate;
      this.payDate = payDate;
      this.bankCode = bankCode;
      this.action = action;
      this.ipnQuery = ipnQuery;
    }
  }

  /** Reads a pay URL's query as VNPay's page would, refusing what it would refuse. */
  public PayPage page(String rawQuery) {
    Optional<Map<String, String>> fields = VnpaySignature.parseQuery(rawQuery);
    if (fields.isEmpty() || !signature().verify(fields.get())) {
      return refused("Sai chữ ký (invalid checksum)");
    }
    Map<String, String> f = fields.get();
    if (!"pay".equals(f.get("vnp_Command")) || !tmnCode.orElse("").equals(f.get("vnp_TmnCode"))) {
      return refused("Website này chưa được phê duyệt (unknown terminal)");
    }
    Instant expires;
    long amount;
    try {
      expires = VnpayFormats.instant(f.get("vnp_ExpireDate"));
      amount = VnpayFormats.vnd(f.get("vnp_Amount"));
    } catch (IllegalArgumentException e) {
      return refused("Dữ liệu không hợp lệ: " + e.getMessage());
    }
    if (clock.instant().isAfter(expires)) {
      return new PayPage(f.get("vnp_TxnRef"), amount, f.get("vnp_OrderInfo"), expires,
          "Giao dịch đã quá thời gian chờ thanh toán (expired)");
    }
    if (transactions.containsKey(f.get("vnp_TxnRef"))) {
      return new PayPage(f.get("vnp_TxnRef"), amount, f.get("vnp_OrderInfo"), expires,
          "Giao dịch đã được xử lý (already processed)");
    }
    return new PayPage(f.get("vnp_TxnRef"), amount, f.get("vnp_OrderInfo"), expires, null);
  }

  /**
   * The shopper's choice on the page. The IPN goes from here to the merchant's IPN URL unless
   * {@code deliverIpn} is false (a dropped IPN, which reconciliation must make up for).
   */
  public Optional<Paid> pay(String rawQuery, String bankCode, Action action, boolean deliverIpn) {
    PayPage page = page(rawQuery);
    if (page.error() != null) {
      return Optional.empty();
    }
    Map<String, String> request = VnpaySignature.parseQuery(rawQuery).orElseThrow();
    String bank = bankCode == null || bankCode.isBlank() ? "NCB" : bankCode;
    String transactionNo = action == Action.PAY ? Long.toString(transactionNumbers.incrementAndGet()) : "0";
    String payDate = VnpayFormats.date(clock.instant());
    Map<String, String> ipn = new LinkedHashMap<>();
    ipn.put("vnp_Amount", request.get("vnp_Amount"));
    ipn.put("vnp_BankCode", bank);
    if (action == Action.PAY) {
      ipn.put("vnp_BankTranNo", "VNP" + transactionNo);
    }
    ipn.put("vnp_CardType", "ATM");
    ipn.put("vnp_OrderInfo", request.get("vnp_OrderInfo"));
    ipn.put("vnp_PayDate", payDate);
    ipn.put("vnp_ResponseCode", action.responseCode);
    ipn.put("vnp_TmnCode", request.get("vnp_TmnCode"));
    ipn.put("vnp_TransactionNo", transactionNo);
    ipn.put("vnp_TransactionStatus", action.transactionStatus);
    ipn.put("vnp_TxnRef", request.get("vnp_TxnRef"));
    String query = signature().signedQuery(ipn);
    Transaction txn = new Transaction(page.txnRef(), page.amountVnd(), transactionNo,
        request.get("vnp_CreateDate"), payDate, bank, action, query);
    if (transactions.putIfAbsent(page.txnRef(), txn) != null) {
      return Optional.empty();
    }
    String answer = deliverIpn ? sendIpn(query) : null;
    return Optional.of(new Paid(request.get("vnp_ReturnUrl") + "?" + query, answer));
  }

  /** The signed IPN query of a transaction, as it was (or would have been) sent. */
  public Optional<String> ipnQuery(String txnRef) {
    return Optional.ofNullable(transactions.get(txnRef)).map(t -> t.ipnQuery);
  }

  /** VNPay calls again (it does until it hears 00 or 02); answers what our endpoint said. */
  public Optional<String> resendIpn(String txnRef) {
    return ipnQuery(txnRef).map(this::sendIpn);
  }

  /** The merchant API: querydr and refund, JSON in, signed JSON out. */
  public String api(String body) {
    Map<String, String> request;
    try {
      request = JSON.readValue(body, new TypeReference<LinkedHashMap<String, String>>() {});
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return reply(Map.of("vnp_ResponseCode", "03", "vnp_Message", "Invalid request format"));
    }
    String command = request.getOrDefault("vnp_Command", "");
    List<String> hashed = "refund".equals(command) ? REFUND_HASHED : QUERY_HASHED;
    String data = hashed.stream().map(n -> request.getOrDefault(n, "")).collect(Collectors.joining("|"));
    String claimed = request.getOrDefault(VnpaySignature.SECURE_HASH, "");
    boolean signed = MessageDigest.isEqual(signature().hmac(data).getBytes(StandardCharsets.US_ASCII),
        claimed.toLowerCase().getBytes(StandardCharsets.US_ASCII));
    Map<String, String> answer = new LinkedHashMap<>();
    answer.put("vnp_ResponseId", request.getOrDefault("vnp_RequestId", ""));
    answer.put("vnp_Command", command);
    answer.put("vnp_TmnCode", request.getOrDefault("vnp_TmnCode", ""));
    answer.put("vnp_TxnRef", request.getOrDefault("vnp_TxnRef", ""));
    if (!signed) {
      return respond(answer, "97", "Invalid Checksum");
    }
    if (!tmnCode.orElse("").equals(request.get("vnp_TmnCode"))) {
      return respond(answer, "02", "Merchant is not valid");
    }
    Transaction txn = transactions.get(request.getOrDefault("vnp_TxnRef", ""));
    if (txn == null) {
      return respond(answer, "91", "Transaction not found");
    }
    return switch (command) {
      case "querydr" -> query(answer, txn);
      case "refund" -> {
        String requestId = request.getOrDefault("vnp_RequestId", "");
        refundArrivals.computeIfAbsent(requestId, id -> new java.util.concurrent.atomic.AtomicInteger())
            .incrementAndGet();
        yield refundAnswers.computeIfAbsent(requestId, id -> seen(id, txn, request, refund(answer, txn, request)));
      }
      default -> respond(answer, "03", "Unknown command");
    };
  }

  private String query(Map<String, String> answer, Transaction txn) {
    describe(answer, txn);
    answer.put("vnp_TransactionType", "01");
    answer.put("vnp_TransactionStatus", txn.action.transactionStatus);
    answer.put("vnp_PromotionCode", "");
    answer.put("vnp_PromotionAmount", "");
    return respond(answer, "00", "Query success");
  }

  private String refund(Map<String, String> answer, Transaction txn, Map<String, String> request) {
    long amount;
    try {
      amount = VnpayFormats.vnd(request.get("vnp_Amount"));
    } catch (IllegalArgumentException e) {
      return respond(answer, "03", "Invalid amount");
    }
    synchronized (txn) {
      if (txn.action != Action.PAY || !txn.transactionNo.equals(request.get("vnp_TransactionNo"))) {
        return respond(answer, "91", "Transaction not found");
      }
      boolean full = "02".equals(request.get("vnp_TransactionType"));
      if (amount <= 0 || txn.refundedVnd + amount > txn.amountVnd || (full && amount != txn.amountVnd)) {
        return respond(answer, "95", "Refund amount is not valid");
      }
      txn.refundedVnd += amount;
    }
    describe(answer, txn);
    answer.put("vnp_Amount", Long.toString(VnpayFormats.amount(amount)));
    answer.put("vnp_TransactionType", request.get("vnp_TransactionType"));
    answer.put("vnp_TransactionStatus", "05");
    return respond(answer, "00", "Refund success");
  }

  private String seen(String requestId, Transaction txn, Map<String, String> request, String reply) {
    long amount;
    try {
      amount = VnpayFormats.vnd(request.get("vnp_Amount"));
    } catch (IllegalArgumentException e) {
      amount = -1;
    }
    String code = reply.replaceAll("(?s).*\"vnp_ResponseCode\"\\s*:\\s*\"([0-9]+)\".*", "$1");
    refundsSeen.computeIfAbsent(txn.txnRef, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
        .add(new RefundSeen(requestId, request.getOrDefault("vnp_TransactionType", ""), amount, code, 1));
    return reply;
  }

  private static void describe(Map<String, String> answer, Transaction txn) {
    answer.put("vnp_Amount", Long.toString(VnpayFormats.amount(txn.amountVnd)));
    answer.put("vnp_BankCode", txn.bankCode);
    answer.put("vnp_PayDate", txn.payDate);
    answer.put("vnp_TransactionNo", txn.transactionNo);
    answer.put("vnp_OrderInfo", "GD " + txn.txnRef);
  }

  private String respond(Map<String, String> answer, String code, String message) {
    answer.put("vnp_ResponseCode", code);
    answer.put("vnp_Message", message);
    return reply(answer);
  }

  private String reply(Map<String, String> fields) {
    return VnpayApiReply.signed(fields, signature());
  }

  private String sendIpn(String query) {
    return sender.send(HttpRequest.newBuilder(URI.create(publicUrl + "/api/payments/vnpay/ipn?" + query)).GET())
        .body();
  }

  private static PayPage refused(String why) {
    return new PayPage(null, 0, null, null, why);
  }

  private VnpaySignature signature() {
    return new VnpaySignature(hashSecret.orElseThrow(
        () -> new IllegalStateException("market.vnpay.hash-secret is not set")));
  }
}
