/**
 * Places: administrative units with their history (the 2025 reform ended districts and merged Thái
 * Bình into Hưng Yên; a unit's code may be reused by its successor) and the craft villages.
 * Units are reference data, loaded by migration and read-only at run time.
 */
package vn.langnghe.market.places;
