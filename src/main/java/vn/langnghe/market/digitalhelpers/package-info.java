/**
 * Commune digital helpers (tổ công nghệ số cộng đồng): the communes each helper serves, the
 * mandates artisans give them with recorded consent (a one-time code or a signed photo), the audit
 * of what a helper did for an artisan (which the artisan sees and may undo), hand-over, and the
 * officers' report. A helper acts only for artisans of their own communes, and only while the
 * artisan's mandate is consented and not handed over.
 */
package vn.langnghe.market.digitalhelpers;
