package vn.langnghe.market.payment;

/** The cashless ways to pay: VNPay, cards through a Stripe-style gateway, VietQR bank transfer. */
public enum PaymentMethod { VNPAY, STRIPE, VIETQR }
