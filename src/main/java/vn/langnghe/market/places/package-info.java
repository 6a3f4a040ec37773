/**
 * Places: administrative units with their history (the 2025 reform ended districts and merged
 * provinces and communes, some split between several successors; a unit's code may be reused by its
 * successor) and the craft villages. Units are reference data for all of Vietnam, loaded by
 * migration and read-only at run time, so they are served and searched from memory.
 */
package vn.langnghe.market.places;
