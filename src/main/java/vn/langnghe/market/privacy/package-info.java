/**
 * Personal data under Law 91/2025/QH15 and Decree 356/2025: consents per purpose with their whole
 * history (rows are only ever added), "Tải dữ liệu của tôi", "Xoá tài khoản", the log of officers'
 * and admins' reads of personal data and the breach register. Every component exports and erases
 * its own rows by observing {@code platform.PersonalDataExport} and {@code platform.AccountErased}.
 */
package vn.langnghe.market.privacy;
