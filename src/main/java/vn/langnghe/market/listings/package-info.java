/**
 * Listings: reports of unlawful or misleading listings by anyone, and officers' takedowns of one
 * listing at a time. Law 122/2025/QH15 gives a platform 24 hours to act on a report, so every
 * report carries its age against that deadline and every decision its time. A takedown hides
 * exactly one product (the catalogue carries it out), tells its artisan why, takes the artisan's
 * answer for the officer, and is lifted only by an officer.
 */
package vn.langnghe.market.listings;
